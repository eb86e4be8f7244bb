# xml.dom.pulldom, ET.dump, copying and pickling Elements, Element truth and attribute lists.
import copy
import pickle
import xml.etree.ElementTree as ET
from xml.dom import pulldom

events = pulldom.parseString("<r><a x='1'>t</a><b/><!--c--></r>")
for ev, node in events:
    if ev == pulldom.START_ELEMENT and node.tagName == "a":
        events.expandNode(node)
        print("expanded", node.toxml())
    else:
        print(ev, node.nodeName)

ET.dump(ET.fromstring("<a><b>x</b></a>"))
e = ET.Element("a")
print(bool(e), e.keys(), e.items(), len(e))
e.set("k", "v")
ET.SubElement(e, "child")
print(bool(e), e.keys(), e.items())
e2 = copy.deepcopy(e)
e2.set("k", "changed")
print(ET.tostring(e), ET.tostring(e2), ET.tostring(copy.copy(e)))
print(ET.tostring(pickle.loads(pickle.dumps(e))))
