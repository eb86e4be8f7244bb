# ElementTree: ParseError with code and position for malformed input.
import xml.etree.ElementTree as ET

BAD = [
    "<a><b></a>",
    "<a>",
    "",
    "<a></a><b/>",
    "<a x='1' x='2'/>",
    "<a>&unknown;</a>",
    "<a>\n  <b>\n</a>",
    "<1a/>",
    "<a b=c/>",
    "<?xml version='1.0'?><?xml version='1.0'?><a/>",
    "<a>&#0;</a>",
    "<p:a/>",
    "text",
    "<a><![CDATA[x</a>",
]
for doc in BAD:
    try:
        ET.fromstring(doc)
        print("parsed", repr(doc))
    except ET.ParseError as e:
        print(repr(doc), "->", e, e.code, e.position)
try:
    ET.fromstring(b"<a>\xff</a>")
except ET.ParseError as e:
    print(e, e.position)
p = ET.XMLParser()
p.feed("<a>")
try:
    p.close()
except ET.ParseError as e:
    print("close:", e)
print(issubclass(ET.ParseError, SyntaxError))
