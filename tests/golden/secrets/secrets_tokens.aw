# secrets: token sizes and alphabets, choice, randbelow, randbits, compare_digest
import secrets
import string

print(len(secrets.token_bytes(16)), len(secrets.token_bytes()), type(secrets.token_bytes(1)).__name__)
print(len(secrets.token_hex(16)), len(secrets.token_hex()), set(secrets.token_hex(64)) <= set("0123456789abcdef"))
u = secrets.token_urlsafe(32)
print(len(u), set(u) <= set(string.ascii_letters + string.digits + "-_"))
print(secrets.token_bytes(16) != secrets.token_bytes(16))
print(secrets.choice([7]), secrets.choice("ab") in "ab")
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), len({secrets.randbelow(4) for _ in range(200)}))
print(all(0 <= secrets.randbits(8) < 256 for _ in range(100)), secrets.randbits(0))
print(secrets.compare_digest(b"x", b"x"), secrets.compare_digest("x", "y"))
for bad in (lambda: secrets.randbelow(0), lambda: secrets.choice([])):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
r = secrets.SystemRandom()
print(0.0 <= r.random() < 1.0, 1 <= r.randint(1, 3) <= 3, r.randrange(5, 6))
