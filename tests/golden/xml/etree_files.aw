# ElementTree: write to a file (encodings, declaration), parse from a file name and a file object.
import os
import tempfile
import xml.etree.ElementTree as ET

d = tempfile.mkdtemp()
path = os.path.join(d, "out.xml")
root = ET.Element("root")
ET.SubElement(root, "child", name="caf\u00e9").text = "\u20ac 5"
tree = ET.ElementTree(root)
tree.write(path)
print(open(path, "rb").read())
tree.write(path, encoding="utf-8", xml_declaration=True)
print(open(path, "rb").read())
tree.write(path, encoding="unicode")
print(open(path, "rb").read())
tree.write(path, encoding="iso-8859-1")
print(open(path, "rb").read())
t2 = ET.parse(path)
print(t2.getroot().tag, t2.find("child").get("name"), t2.find("child").text)
with open(path, "rb") as f:
    print(ET.parse(f).getroot()[0].attrib)
with open(path, "w", encoding="utf-8") as f:
    f.write("<a><b>text</b></a>")
with open(path) as f:
    print(ET.parse(f).findtext("b"))
ET.ElementTree(ET.fromstring("<x><y/></x>")).write(path, short_empty_elements=False)
print(open(path).read())
with open(path, "wb") as f:
    tree.write(f, encoding="utf-8")
print(open(path, "rb").read())
os.remove(path)
os.rmdir(d)
