# xml.dom.minidom: parseString, navigation, getElementsByTagName, attributes, toxml/toprettyxml.
from xml.dom import minidom
import xml.dom

doc = minidom.parseString("""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library>
<library name="city">
  <!-- books -->
  <book id="b1" lang="en"><title>Dune</title><author>Herbert</author></book>
  <book id="b2"><title>Solaris &amp; more</title><author>Lem</author></book>
  <?note keep?>
  <misc><![CDATA[<raw> & stuff]]></misc>
</library>""")
root = doc.documentElement
print(root.tagName, root.getAttribute("name"), root.hasAttribute("x"), repr(root.getAttribute("x")))
print(doc.doctype.name if doc.doctype else None, doc.nodeType == xml.dom.Node.DOCUMENT_NODE)
for book in doc.getElementsByTagName("book"):
    title = book.getElementsByTagName("title")[0]
    print(book.getAttribute("id"), title.firstChild.data, title.firstChild.nodeValue, book.attributes.length)
print([n.nodeName for n in root.childNodes])
print([n.nodeType for n in root.childNodes])
misc = root.getElementsByTagName("misc")[0]
print(repr(misc.firstChild.data), misc.firstChild.nodeType == misc.CDATA_SECTION_NODE)
b1 = doc.getElementsByTagName("book")[0]
print(sorted(b1.attributes.keys()), b1.getAttributeNode("lang").value)
b1.setAttribute("lang", "fr")
b1.removeAttribute("id")
new = doc.createElement("book")
new.setAttribute("id", "b3")
t = doc.createElement("title")
t.appendChild(doc.createTextNode("Neu <3>"))
new.appendChild(t)
root.appendChild(new)
root.insertBefore(doc.createComment("first"), root.firstChild)
print(len(doc.getElementsByTagName("book")), new.parentNode.tagName, new.previousSibling.nodeName)
print(b1.toxml())
print(new.toxml())
print(doc.toxml()[:80])
print(doc.toprettyxml(indent="  "))
print(doc.toprettyxml(indent="\t", newl="\n", encoding="utf-8")[:60])
small = minidom.parseString("<a><b>text</b><c/></a>")
print(small.toprettyxml())
print(small.documentElement.toprettyxml(indent=" "))
print(small.toxml(encoding="utf-8"))
print(root.getElementsByTagName("nothing").length)
d2 = minidom.Document()
r = d2.createElement("root")
d2.appendChild(r)
r.appendChild(d2.createElement("child")).setAttribute("k", "v & w")
print(d2.toxml())
clone = b1.cloneNode(True)
print(clone.toxml(), clone.parentNode)
removed = root.removeChild(b1)
print(removed.tagName, len(root.getElementsByTagName("book")))
root.normalize()
print(doc.getElementsByTagName("title")[0].childNodes[0].wholeText)
doc.unlink()
