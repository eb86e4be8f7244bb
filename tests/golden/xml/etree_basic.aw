# ElementTree: fromstring, iteration, find/findall/findtext, iter, attributes, XPath subset.
import xml.etree.ElementTree as ET

DATA = """<?xml version="1.0"?>
<data>
    <country name="Liechtenstein">
        <rank>1</rank>
        <year>2008</year>
        <gdppc>141100</gdppc>
        <neighbor name="Austria" direction="E"/>
        <neighbor name="Switzerland" direction="W"/>
    </country>
    <country name="Singapore">
        <rank>4</rank>
        <year>2011</year>
        <gdppc>59900</gdppc>
        <neighbor name="Malaysia" direction="N"/>
    </country>
    <country name="Panama">
        <rank>68</rank>
        <year>2011</year>
        <gdppc>13600</gdppc>
        <neighbor name="Costa Rica" direction="W"/>
        <neighbor name="Colombia" direction="E"/>
    </country>
</data>
"""

root = ET.fromstring(DATA)
print(root.tag, root.attrib, len(root), repr(root.text))
for child in root:
    print(child.tag, child.attrib, child.find("rank").text, child.findtext("year"))
print([n.get("name") for n in root.iter("neighbor")])
print([c.get("name") for c in root.findall("country")])
print([r.text for r in root.findall("./country/rank")])
print([c.get("name") for c in root.findall(".//neighbor[@direction='W']")])
print([c.get("name") for c in root.findall(".//year/..[@name='Singapore']")])
print([c.get("name") for c in root.findall("./country[rank='68']")])
print([c.tag for c in root.findall(".//*[@name]")][:4])
print([c.get("name") for c in root.findall("country[2]")], [c.get("name") for c in root.findall("country[last()]")])
print(root.find("nothing"), root.findtext("nothing", "dflt"), root.findtext("country/rank"))
print(sum(1 for _ in root.iter()), [e.tag for e in root[0]])
print(list(root.itertext())[:6])
c = root[1]
c.set("updated", "yes")
c.find("rank").text = "5"
print(sorted(c.keys()), c.items()[:1], c.get("missing", "?"))
root.remove(root[2])
print(len(root), ET.iselement(root), ET.iselement("x"))
e = ET.Element("item", {"a": "1"}, b="2")
e.text = "t"
e.tail = "tail"
print(e, e.tag, e.attrib, e.text, e.tail) if False else print(e.tag, e.attrib, e.text, e.tail)
e.extend([ET.Element("x"), ET.Element("y")])
e.insert(0, ET.Element("w"))
print([x.tag for x in e], [x.tag for x in e[1:]], len(e))
print(ET.tostring(e, encoding="unicode"))
e.clear()
print(ET.tostring(e, encoding="unicode"))
print(ET.tostring(root.find("country"), encoding="unicode"))
