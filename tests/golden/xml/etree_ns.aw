# ElementTree: namespaces in parsing, find with a namespace map, register_namespace, default_namespace.
import xml.etree.ElementTree as ET

DOC = """<actors xmlns:fictional="http://characters.example.com"
        xmlns="http://people.example.com">
    <actor>
        <name>John Cleese</name>
        <fictional:character>Lancelot</fictional:character>
        <fictional:character>Archie Leach</fictional:character>
    </actor>
    <actor>
        <name>Eric Idle</name>
        <fictional:character>Sir Robin</fictional:character>
        <fictional:character>Gunther</fictional:character>
        <fictional:character>Commander Clement</fictional:character>
    </actor>
</actors>"""

root = ET.fromstring(DOC)
print(root.tag)
ns = {"real_person": "http://people.example.com", "role": "http://characters.example.com"}
for actor in root.findall("real_person:actor", ns):
    name = actor.find("real_person:name", ns)
    print(name.text, [c.text for c in actor.findall("role:character", ns)])
print([e.text for e in root.iterfind(".//{http://characters.example.com}character")])
print(len(root.findall(".//{*}character")), len(root.findall(".//{http://people.example.com}*")))
print(ET.tostring(root[0], encoding="unicode"))
ET.register_namespace("p", "http://people.example.com")
print(ET.tostring(root[1][0], encoding="unicode"))
print(ET.tostring(root[1][0], encoding="unicode", default_namespace="http://people.example.com"))
e = ET.Element("{urn:x}a")
ET.SubElement(e, "{urn:y}b", {"{urn:x}at": "1"})
print(ET.tostring(e, encoding="unicode"))
events = []
for ev, obj in ET.iterparse(__import__("io").BytesIO(DOC.encode()), events=("start-ns", "end-ns")):
    events.append((ev, obj))
print(events)
