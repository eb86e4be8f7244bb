# pyexpat directly: every handler, attributes modes, buffer_text, positions, intern.
import pyexpat
from xml.parsers import expat

DOC = b"""<?xml version="1.0" encoding="iso-8859-1" standalone="no"?>
<!DOCTYPE root SYSTEM "root.dtd" [
  <!ELEMENT root (item+, note?)>
  <!ELEMENT item (#PCDATA|b)*>
  <!ELEMENT note EMPTY>
  <!ELEMENT any ANY>
  <!ATTLIST item id ID #REQUIRED kind (a|b) "a">
  <!ENTITY ent "entity text">
  <!ENTITY ext SYSTEM "ext.xml">
  <!ENTITY logo SYSTEM "logo.gif" NDATA gif>
  <!NOTATION gif PUBLIC "image/gif">
]>
<root xmlns:x="urn:x">
  <!-- a comment -->
  <?target some data?>
  <item id="i1">caf\xe9 &ent; &amp; <![CDATA[<cdata>]]></item>
  <item id="i2" kind="b"><b>bold</b>&ext;</item>
  <x:note x:at="1"/>
</root>
"""

out = []
def rec(name):
    def handler(*args):
        out.append((name,) + args)
        return 1
    return handler

NAMES = ["StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler", "CharacterDataHandler",
         "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
         "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler", "StartDoctypeDeclHandler",
         "EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler",
         "SkippedEntityHandler", "ExternalEntityRefHandler", "NotStandaloneHandler"]

def run(**opts):
    out.clear()
    p = expat.ParserCreate(namespace_separator=opts.pop("ns", None))
    for n in NAMES:
        setattr(p, n, rec(n[:-7]))
    # the namespace part of an entity's context comes in expat's hash order: sort it
    p.ExternalEntityRefHandler = lambda ctx, *a: out.append(("ExternalEntityRef", sorted(ctx.split("\f"))) + a) or 1
    for k, v in opts.items():
        setattr(p, k, v)
    print(p.Parse(DOC, True))
    for item in out:
        print(item)
    print(p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex, p.ErrorCode, p.ErrorLineNumber)
    return p

p = run()
print(list(p.intern)[:12], len(p.intern))
run(ordered_attributes=True, specified_attributes=True, buffer_text=True)
p = run(ns="|", namespace_prefixes=True)
print(p.StartElementHandler.__name__, p.DefaultHandler, p.buffer_size, p.buffer_used)

out.clear()
p = expat.ParserCreate()
p.DefaultHandler = rec("Default")
p.StartElementHandler = rec("Start")
p.Parse(b"<?xml version='1.0'?><a x='1'>t&amp;<!--c--></a>", True)
print(out)
out.clear()
p = expat.ParserCreate()
p.DefaultHandlerExpand = rec("DefaultExpand")
p.Parse(b"<!DOCTYPE a [<!ENTITY e 'E'>]><a>&e;</a>", True)
print(out)

# buffer_text joins character data; buffer_size limits it
for size in (8192, 4):
    chunks = []
    p = expat.ParserCreate()
    p.CharacterDataHandler = chunks.append
    p.buffer_text = True
    p.buffer_size = size
    p.Parse("<a>hello &amp; world\nline two</a>", True)
    print(size, chunks, p.buffer_text, p.buffer_size)
chunks = []
p = expat.ParserCreate()
p.CharacterDataHandler = chunks.append
p.Parse("<a>hello &amp; world\nline two</a>", True)
print(chunks)

# incremental Parse with str and bytes pieces, positions
p = expat.ParserCreate()
pos = []
p.StartElementHandler = lambda n, a: pos.append((n, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex))
for piece in ["<r>\n  <a/>", b"<b>\n", "<c x='\u00e9'/>", b"</b></r>"]:
    print(p.Parse(piece))
print(p.Parse("", True), pos)

# intern
d = {}
p = expat.ParserCreate(intern=d)
p.StartElementHandler = lambda n, a: None
p.Parse("<a b='1'><a/><c/></a>", True)
print(sorted(d), p.intern is d)
p = expat.ParserCreate(intern=None)
print(p.intern)

# ExternalEntityParserCreate with ExternalEntityRefHandler
def ext_ref(context, base, system_id, public_id):
    sub = parser.ExternalEntityParserCreate(context)
    sub.Parse(b"<sub>external</sub>", True)
    print("ext", context, base, system_id, public_id)
    return 1
parser = expat.ParserCreate()
parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE)
parser.SetBase("http://example.com/")
print(parser.GetBase())
parser.ExternalEntityRefHandler = ext_ref
seen = []
parser.StartElementHandler = lambda n, a: seen.append(n)
parser.CharacterDataHandler = seen.append
parser.Parse(b'<!DOCTYPE r [<!ENTITY e SYSTEM "e.xml">]><r>&e;</r>', True)
print(seen)
p = expat.ParserCreate()
p.UseForeignDTD(True)
p.ExternalEntityRefHandler = lambda *a: print("foreign", a) or 1
p.Parse(b"<r/>", True)
p = expat.ParserCreate()
ctx = []
p.StartElementHandler = lambda n, a: ctx.append(p.GetInputContext())
p.Parse(b"<r><x/></r>", True)
print(ctx, p.GetInputContext())
