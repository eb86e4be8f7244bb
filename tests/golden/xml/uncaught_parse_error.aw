# An uncaught ParseError ends the program with CPython's last traceback line.
import xml.etree.ElementTree as ET

print(ET.fromstring("<ok/>").tag)
ET.fromstring("<root>\n  <child>\n</root>")
