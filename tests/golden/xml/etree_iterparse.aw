# ElementTree: iterparse over a file, XMLPullParser, XMLParser with a custom target, TreeBuilder.
import io
import xml.etree.ElementTree as ET

DOC = b"""<?xml version="1.0" encoding="UTF-8"?>
<!-- leading comment -->
<log>
  <entry level="info">started</entry>
  <entry level="warn">disk <b>low</b></entry>
  <?proc instr?>
  <entry level="error">failed</entry>
</log>
"""

for event, elem in ET.iterparse(io.BytesIO(DOC), events=("start", "end")):
    print(event, elem.tag, elem.attrib, repr(elem.text) if event == "end" else "")

count = 0
for event, elem in ET.iterparse(io.BytesIO(DOC)):
    if elem.tag == "entry":
        count += 1
        elem.clear()
print("entries", count)

it = ET.iterparse(io.BytesIO(DOC), events=("start", "end", "comment", "pi"))
for event, obj in it:
    print(event, obj.tag.__name__ if callable(obj.tag) else obj.tag, obj.text)
print(it.root.tag)

p = ET.XMLPullParser(events=("start", "end"))
for chunk in (b"<r><a>1</a>", b"<b x='2'>", b"text</b></r>"):
    p.feed(chunk)
    print([(e, el.tag) for e, el in p.read_events()])
p.close()

class Target:
    def __init__(self): self.depth = 0; self.out = []
    def start(self, tag, attrib): self.out.append(("start", tag, attrib)); self.depth += 1
    def end(self, tag): self.out.append(("end", tag)); self.depth -= 1
    def data(self, data):
        if data.strip(): self.out.append(("data", data))
    def comment(self, text): self.out.append(("comment", text))
    def pi(self, target, text): self.out.append(("pi", target, text))
    def close(self): return self.out

parser = ET.XMLParser(target=Target())
parser.feed(DOC)
for item in parser.close():
    print(item)

tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=tb)
parser.feed(DOC.decode())
root = parser.close()
print(ET.tostring(root, encoding="unicode"))
print(ET.XMLParser().version.startswith("Expat "))
