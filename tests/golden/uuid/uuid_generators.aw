# uuid1/3/4/5 and the namespaces
import uuid

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://example.com/"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"))
v = uuid.uuid4()
print(v.version, v.variant, len(str(v)), uuid.UUID(str(v)) == v, v != uuid.uuid4())
w = uuid.uuid1()
print(w.version, w.variant, w.node == uuid.getnode(), uuid.uuid1() != w)
x = uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234)
print(x.node == 0x123456789ABC, x.clock_seq, x.version)
print(0 <= uuid.getnode() < 2 ** 48)
