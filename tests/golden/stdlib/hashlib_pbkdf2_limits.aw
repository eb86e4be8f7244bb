# hashlib.pbkdf2_hmac checks its iteration count and key length as CPython: a key longer than
# a C int is an OverflowError before anything is computed.
import hashlib

for dklen in (0, -1, 2**31, 2**62, 5, None, 1.5):
    try:
        print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 2, dklen).hex())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for iterations in (0, -1, 2**31, 1.5, 3):
    try:
        print(hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", iterations).hex())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
