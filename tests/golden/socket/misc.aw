# socket module functions, errors, timeouts, socketpair, UDP.
import socket

print(socket.AF_INET, repr(socket.AF_INET), repr(socket.SOCK_DGRAM))
print(socket.timeout is TimeoutError, socket.error is OSError, issubclass(socket.gaierror, OSError))
print(isinstance(socket.AF_INET6, socket.AddressFamily), socket.SocketKind.SOCK_STREAM.name)

print(socket.inet_aton("127.0.0.1"), socket.inet_aton("10.1"), socket.inet_aton("0x7f.1"))
print(socket.inet_ntoa(b"\xc0\xa8\x00\x01"))
for bad in ["1.2.3.256", "a.b.c.d", "", "1.2.3.4.5"]:
    try:
        socket.inet_aton(bad)
    except OSError as e:
        print("inet_aton", repr(bad), e)
try:
    socket.inet_ntoa(b"\x01\x02")
except OSError as e:
    print(e)
print(socket.inet_pton(socket.AF_INET6, "::1"))
print(socket.inet_ntop(socket.AF_INET6, bytes(15) + b"\x01"), socket.inet_ntop(socket.AF_INET, b"\x08\x08\x04\x04"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(0x01020304), socket.ntohl(0x04030201))
for f, v in [(socket.htons, -1), (socket.htons, 70000), (socket.htonl, 1 << 32)]:
    try:
        f(v)
    except OverflowError as e:
        print(e)

print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", "80", socket.AF_INET, socket.SOCK_DGRAM))
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
print(type(socket.gethostname()).__name__)

s = socket.socket()
print(s.family, s.type, s.proto, s.gettimeout(), s.getblocking())
s.settimeout(0.05)
print(s.gettimeout(), s.getblocking())
s.bind(("127.0.0.1", 0))
s.listen(5)
try:
    s.accept()
except socket.timeout as e:
    print("accept:", type(e).__name__, e)
s.setblocking(False)
print(s.gettimeout(), s.getblocking())
try:
    s.accept()
except BlockingIOError as e:
    print("accept:", type(e).__name__, e.errno)
for bad in [-1, "x"]:
    try:
        s.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
port = s.getsockname()[1]
s.close()
s.close()
print(repr(s))
try:
    s.getsockname()
except OSError as e:
    print(repr(e))

c = socket.socket()
print(c.connect_ex(("127.0.0.1", port)))
c.close()
try:
    socket.create_connection(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(repr(e))
for addr in ["127.0.0.1", ("127.0.0.1",), ("127.0.0.1", 70000)]:
    try:
        socket.socket().bind(addr)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

a, b = socket.socketpair()
with a, b:
    print(a.family, a.type)
    a.sendall(b"abc" * 1000)
    got = b""
    while len(got) < 3000:
        got += b.recv(700)
    print(len(got), got[:6])
    a.send(b"peek")
    print(b.recv(2, socket.MSG_PEEK), b.recv(10))
    buf = bytearray(8)
    a.send(b"into")
    print(b.recv_into(buf), buf)

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.bind(("127.0.0.1", 0))
v.sendto(b"ping", u.getsockname())
data, addr = u.recvfrom(100)
print(data, addr == v.getsockname())
u.sendto(b"pong", 0, addr)
print(v.recv(100))
u.close()
v.close()
