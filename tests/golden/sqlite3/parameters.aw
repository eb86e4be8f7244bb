# qmark (?) and named (:name) parameters, sequences, dicts, iterators for executemany, and
# CPython's messages for mismatches
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE p(a, b)")
conn.execute("INSERT INTO p VALUES (?, ?)", (1, "one"))
conn.execute("INSERT INTO p VALUES (?, ?)", [2, "two"])
conn.execute("INSERT INTO p VALUES (:a, :b)", {"a": 3, "b": "three"})
conn.execute("INSERT INTO p VALUES (:x, :x)", {"x": 4})
conn.execute("INSERT INTO p VALUES (?1, ?1)", (5,))
conn.execute("INSERT INTO p VALUES ($a, @b)", {"a": 6, "b": "six"})
conn.executemany("INSERT INTO p VALUES (?, ?)", iter([(7, "seven"), (8, "eight")]))
conn.executemany("INSERT INTO p VALUES (:a, :b)", ({"a": i, "b": str(i)} for i in (9, 10)))
conn.execute("INSERT INTO p VALUES (?, ?)", "xy")
print(conn.execute("SELECT * FROM p").fetchall())
class Mapping(dict):
    def __missing__(self, key):
        return key.upper()
print(conn.execute("SELECT :hello, :b", Mapping(b=2)).fetchone())

def check(sql, params=None):
    try:
        if params is None:
            conn.execute(sql)
        else:
            conn.execute(sql, params)
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)

check("SELECT ?, ?", (1,))
check("SELECT ?, ?", (1, 2, 3))
check("SELECT ?", ())
check("SELECT ?")
check("SELECT 1", (1,))
check("SELECT :a, :b", {"a": 1})
check("SELECT ?, ?", {"a": 1})
check("SELECT :a", (5,))
check("SELECT ?", 5)
check("SELECT ?", None)
check("SELECT :a", {"a": object()})
check(5)
check(None)
try:
    conn.executemany("INSERT INTO p VALUES (?, ?)", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    conn.executemany("SELECT ?", [(1,)])
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
try:
    conn.executemany(5, [])
except TypeError as e:
    print("TypeError:", e)
cur = conn.executemany("INSERT INTO p VALUES (?, ?)", [])
print("empty executemany rowcount", cur.rowcount)
conn.close()
