# Python values to SQLite and back: None, int (64-bit, OverflowError beyond), float, str,
# bytes/bytearray/memoryview as BLOB returned as bytes, bool as int, typeof() in SQLite
import sqlite3

conn = sqlite3.connect(":memory:")
values = [None, 0, -1, 2**62, 2**63 - 1, -2**63, 1.5, -0.0, float("inf"), "", "héllo ☃",
          b"", b"\x00\xff", bytearray(b"ab"), memoryview(b"mv"), True, False]
for v in values:
    row = conn.execute("SELECT ?, typeof(?)", (v, v)).fetchone()
    print(repr(v) if not isinstance(v, memoryview) else "memoryview", "->", repr(row[0]), row[1])
for big in (2**63, -2**63 - 1, 10**30):
    try:
        conn.execute("SELECT ?", (big,))
    except OverflowError as e:
        print("OverflowError", e)
print(conn.execute("SELECT 9223372036854775807, -9223372036854775808, 1e308 * 10, x'414243', 'a' || 'b'").fetchone())
print(conn.execute("SELECT 7 / 2, 7 / 2.0, 10 % 3, NULL IS NULL").fetchone())
conn.execute("CREATE TABLE b(data BLOB, n INTEGER, f FLOAT, s TEXT)")
conn.execute("INSERT INTO b VALUES (?, ?, ?, ?)", (b"\x01\x02", "42", "2.5", 7))
print(conn.execute("SELECT data, n, f, s, typeof(n), typeof(f), typeof(s) FROM b").fetchone())
class MyInt(int):
    pass
class MyStr(str):
    pass
print(conn.execute("SELECT ?, ?", (MyInt(5), MyStr("sub"))).fetchone())
try:
    conn.execute("SELECT ?", (object(),))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
try:
    conn.execute("SELECT ?", ([1],))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
conn.close()
