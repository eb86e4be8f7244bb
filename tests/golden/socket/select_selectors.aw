# select.select, select.poll and selectors over a socket pair.
import select
import selectors
import socket

a, b = socket.socketpair()
print(select.select([a], [a], [], 0) == ([], [a], []))
b.sendall(b"x")
r, w, x = select.select([a, b], [], [], 1.0)
print(r == [a], w, x)
print(select.select([a.fileno()], [], [], 0)[0] == [a.fileno()])
p = select.poll()
p.register(a, select.POLLIN)
print(p.poll(100) == [(a.fileno(), select.POLLIN)])
p.modify(a, select.POLLOUT)
print(p.poll(0) == [(a.fileno(), select.POLLOUT)])
p.unregister(a)
print(p.poll(0))
try:
    p.unregister(a)
except KeyError as e:
    print("KeyError", e.args[0] == a.fileno())

sel = selectors.DefaultSelector()
key = sel.register(a, selectors.EVENT_READ, data="reader")
print(key.events, key.data, key.fd == a.fileno(), key.fileobj is a)
for k, ev in sel.select(timeout=1):
    print("ready", k.data, ev, k.fileobj.recv(10))
print(sel.select(timeout=0))
try:
    sel.register(a, selectors.EVENT_READ)
except KeyError as e:
    print("KeyError: already registered" if "already registered" in str(e) else e)
try:
    sel.register(b, 0)
except ValueError as e:
    print(e)
print(sel.get_key(a).data)
sel.modify(a, selectors.EVENT_READ, data="renamed")
print(sel.get_key(a).data, len(sel.get_map()), list(sel.get_map()) == [a.fileno()])
sel.unregister(a)
print(len(sel.get_map()))
sel.close()
a.close()
b.close()
for bad in [-1, "soon"]:
    try:
        select.select([], [], [], bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    select.select([-1], [], [], 0)
except ValueError as e:
    print(e)
