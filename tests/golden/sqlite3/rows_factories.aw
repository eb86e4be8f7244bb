# sqlite3.Row (index by int and case-insensitive name, keys, len, iteration, equality, hash),
# custom row_factory, text_factory (str, bytes, a callable)
import sqlite3

conn = sqlite3.connect(":memory:")
conn.row_factory = sqlite3.Row
cur = conn.cursor()
print(cur.row_factory is sqlite3.Row)
conn.execute("CREATE TABLE people(Name TEXT, age INTEGER)")
conn.executemany("INSERT INTO people VALUES (?, ?)", [("ann", 30), ("bob", 25)])
row = conn.execute("SELECT Name, age FROM people ORDER BY age").fetchone()
print(type(row).__name__, type(row).__module__)
print(row[0], row[1], row[-1], row["name"], row["NAME"], row["Age"], row[0:2], row[::-1])
print(row.keys(), len(row), list(row), tuple(row), dict(zip(row.keys(), row)))
for key in ("missing", 5, 1.5):
    try:
        row[key]
    except IndexError as e:
        print("IndexError", e)
same = conn.execute("SELECT Name, age FROM people ORDER BY age").fetchone()
other = conn.execute("SELECT Name, age FROM people ORDER BY age DESC").fetchone()
print(row == same, row != same, row == other, row == tuple(row), hash(row) == hash(same))
try:
    row < same
except TypeError as e:
    print("TypeError", e)
print(sqlite3.Row(conn.execute("SELECT 1 AS one"), (1,)).keys())
for args in ((1, (1,)), (cur, [1])):
    try:
        sqlite3.Row(*args)
    except TypeError as e:
        print("TypeError", e)

def dict_factory(cursor, row):
    return {col[0]: value for col, value in zip(cursor.description, row)}
conn.row_factory = dict_factory
print(conn.execute("SELECT * FROM people").fetchall())
cur = conn.cursor()
cur.row_factory = None
print(cur.execute("SELECT * FROM people").fetchall())
conn.row_factory = None

print(conn.execute("SELECT 'héllo', x'68', 1").fetchone())
conn.text_factory = bytes
print(conn.execute("SELECT 'héllo', x'68', 1").fetchone())
conn.text_factory = lambda b: b.decode("utf-8").upper()
print(conn.execute("SELECT 'héllo', x'68', 1, NULL").fetchone())
conn.text_factory = str
conn.execute("CREATE TABLE raw(t TEXT)")
conn.execute("INSERT INTO raw VALUES (CAST(x'ff61' AS TEXT))")
try:
    conn.execute("SELECT t FROM raw").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError", e)
conn.text_factory = lambda b: b.decode("latin-1")
print(conn.execute("SELECT t FROM raw").fetchone())
conn.close()
