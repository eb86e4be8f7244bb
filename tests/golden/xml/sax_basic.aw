# xml.sax: parseString / parse with a ContentHandler, ErrorHandler, namespaces, saxutils.
import io
import xml.sax
from xml.sax import saxutils
from xml.sax.handler import ContentHandler, ErrorHandler, feature_namespaces

DOC = b"""<?xml version="1.0"?>
<inventory>
  <item sku="A1" qty="3">Widget &amp; co</item>
  <item sku="B2" qty="0">Gadget</item>
  <?pi data?>
</inventory>"""

class Handler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.text = []
        self.loc = None
    def setDocumentLocator(self, loc): self.loc = loc
    def startDocument(self): print("startDocument")
    def endDocument(self): print("endDocument")
    def startElement(self, name, attrs):
        print("  " * self.depth + "start", name, dict(attrs), attrs.getLength(), list(attrs.keys()),
              self.loc and (self.loc.getLineNumber(), self.loc.getColumnNumber()))
        self.depth += 1
        self.text = []
    def endElement(self, name):
        self.depth -= 1
        print("  " * self.depth + "end", name, repr("".join(self.text).strip()))
        self.text = []
    def characters(self, content): self.text.append(content)
    def processingInstruction(self, target, data): print("pi", target, data)

xml.sax.parseString(DOC, Handler())
xml.sax.parse(io.BytesIO(DOC), Handler())

class NSHandler(ContentHandler):
    def startPrefixMapping(self, prefix, uri): print("prefix", prefix, uri)
    def endPrefixMapping(self, prefix): print("endprefix", prefix)
    def startElementNS(self, name, qname, attrs): print("startNS", name, qname, dict(attrs.items()))
    def endElementNS(self, name, qname): print("endNS", name, qname)

parser = xml.sax.make_parser()
parser.setFeature(feature_namespaces, True)
parser.setContentHandler(NSHandler())
parser.parse(io.BytesIO(b'<r xmlns="urn:d" xmlns:q="urn:q"><q:a q:k="v"/></r>'))

class Errors(ErrorHandler):
    def fatalError(self, e):
        print("fatal", e.getMessage(), e.getLineNumber(), e.getColumnNumber())
        raise e

try:
    xml.sax.parseString(b"<a><b></a>", ContentHandler(), Errors())
except xml.sax.SAXParseException as e:
    print("SAXParseException", e)
try:
    xml.sax.parseString(b"<a>", ContentHandler())
except xml.sax.SAXParseException as e:
    print("SAXParseException", e, e.getSystemId())

print(saxutils.escape("a < b & c > d"), saxutils.escape("x", {"x": "&#120;"}))
print(saxutils.unescape("&lt;a&gt; &amp; &quot;"), saxutils.quoteattr('say "hi"'), saxutils.quoteattr("it's \"x\""))
out = io.StringIO()
gen = saxutils.XMLGenerator(out, encoding="utf-8", short_empty_elements=True)
xml.sax.parseString(DOC, gen)
print(out.getvalue())
bout = io.BytesIO()
gen = saxutils.XMLGenerator(bout, encoding="iso-8859-1")
gen.startDocument()
gen.startElement("r", {"a": "caf\u00e9"})
gen.characters("\u20ac & <")
gen.endElement("r")
gen.endDocument()
print(bout.getvalue())
# incremental parsing
p = xml.sax.make_parser()
p.setContentHandler(Handler())
for chunk in [b"<inventory><item sku='z'>", b"par", b"tial</item></inv", b"entory>"]:
    p.feed(chunk)
p.close()
