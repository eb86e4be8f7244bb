# xml.dom.minidom: namespaces, parse from a file, errors, DOM implementation.
import io
from xml.dom import minidom
from xml.parsers.expat import ExpatError
import xml.dom

doc = minidom.parseString('<r xmlns="urn:d" xmlns:p="urn:p"><p:a p:x="1">t</p:a><b/></r>')
a = doc.getElementsByTagNameNS("urn:p", "a")[0]
print(a.tagName, a.localName, a.prefix, a.namespaceURI, a.getAttributeNS("urn:p", "x"))
print([e.tagName for e in doc.getElementsByTagNameNS("urn:d", "*")])
print(doc.documentElement.namespaceURI, doc.documentElement.getAttribute("xmlns:p"))
doc2 = minidom.parse(io.BytesIO(b"<?xml version='1.0' encoding='iso-8859-1'?><t>caf\xe9</t>"))
print(doc2.documentElement.firstChild.data, doc2.encoding if hasattr(doc2, "encoding") else "")
print(doc2.toxml())
for bad in ["<a><b></a>", "<a", "<a>&x;</a>"]:
    try:
        minidom.parseString(bad)
    except ExpatError as e:
        print(type(e).__name__, e, e.lineno, e.offset, e.code)
impl = minidom.getDOMImplementation()
dt = impl.createDocumentType("html", "-//W3C//DTD XHTML 1.0 Strict//EN", "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd")
d = impl.createDocument("http://www.w3.org/1999/xhtml", "html", dt)
d.documentElement.appendChild(d.createElement("body"))
print(d.toxml())
try:
    d.createElement("x").appendChild(d)
except xml.dom.HierarchyRequestErr as e:
    print("HierarchyRequestErr", str(e).split()[-4:-2])
print(minidom.parseString("<a>1<!--c-->2</a>").documentElement.childNodes.length)
