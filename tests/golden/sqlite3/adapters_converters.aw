# register_adapter/register_converter, PARSE_DECLTYPES/PARSE_COLNAMES, the default date and
# datetime adapters and converters, __conform__, adapt()
import datetime
import sqlite3

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

sqlite3.register_adapter(Point, lambda p: f"{p.x};{p.y}")
sqlite3.register_converter("point", lambda b: Point(*map(float, b.split(b";"))))

conn = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
conn.execute("CREATE TABLE t(p point, q POINT(10), d date, ts timestamp, other TEXT)")
conn.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?)",
             (Point(1, 2), Point(3, 4), datetime.date(2024, 2, 29), datetime.datetime(2024, 1, 2, 3, 4, 5, 600), "1;2"))
row = conn.execute("SELECT * FROM t").fetchone()
print(row)
print(conn.execute("SELECT other AS \"o [point]\", p AS \"raw [unknown]\" FROM t").fetchone())
cur = conn.execute("SELECT other AS \"o [point]\" FROM t")
print(cur.description)
conn.execute("INSERT INTO t(p) VALUES (NULL)")
print(conn.execute("SELECT p FROM t WHERE p IS NULL").fetchone())
print(conn.execute("SELECT '2020-05-06 07:08:09' AS \"x [timestamp]\", '2020-05-06' AS \"y [date]\"").fetchone())
print(conn.execute("SELECT '2020-05-06 07:08:09.5' AS \"x [timestamp]\"").fetchone())

plain = sqlite3.connect(":memory:")
plain.execute("CREATE TABLE t(p point)")
plain.execute("INSERT INTO t VALUES (?)", (Point(5, 6),))
print(plain.execute("SELECT p, p AS \"p [point]\" FROM t").fetchone())

class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"
print(plain.execute("SELECT ?", (Conforming(),)).fetchone())
print(sqlite3.adapt(Point(7, 8)), sqlite3.adapt(5, sqlite3.PrepareProtocol, "alt"))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
print(sorted(k for k in sqlite3.converters), (Point, sqlite3.PrepareProtocol) in sqlite3.adapters)

sqlite3.register_adapter(int, lambda i: i * 100)
print(plain.execute("SELECT ?", (3,)).fetchone())
del sqlite3.adapters[(int, sqlite3.PrepareProtocol)]
print(plain.execute("SELECT ?", (3,)).fetchone())

def failing(b):
    raise KeyError("conv")
sqlite3.register_converter("failing", failing)
try:
    conn.execute("SELECT 1 AS \"x [failing]\"").fetchone()
except KeyError as e:
    print("KeyError", e)
try:
    sqlite3.register_converter(5, int)
except TypeError as e:
    print("TypeError", e)
conn.close()
plain.close()
