# Legacy transaction control (3.11): implicit BEGIN before DML, commit/rollback,
# isolation_level get/set, in_transaction, `with conn:`, a file database reopened, uri=True
import os
import sqlite3
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "test.db")
conn = sqlite3.connect(path)
print("isolation_level", repr(conn.isolation_level), "in_transaction", conn.in_transaction)
conn.execute("CREATE TABLE t(x)")
print("after CREATE", conn.in_transaction)
conn.execute("INSERT INTO t VALUES (1)")
print("after INSERT", conn.in_transaction)
conn.execute("SELECT * FROM t").fetchall()
print("after SELECT", conn.in_transaction)
conn.commit()
print("after commit", conn.in_transaction)
conn.execute("INSERT INTO t VALUES (2)")
conn.rollback()
print("after rollback", conn.execute("SELECT x FROM t").fetchall(), conn.in_transaction)
conn.commit()
conn.rollback()

other = sqlite3.connect(path, timeout=0.1)
conn.execute("INSERT INTO t VALUES (3)")
print("other sees", other.execute("SELECT x FROM t").fetchall())
conn.commit()
print("other sees after commit", other.execute("SELECT x FROM t").fetchall())
other.close()

with conn:
    conn.execute("INSERT INTO t VALUES (4)")
print("with committed", conn.in_transaction, conn.execute("SELECT x FROM t").fetchall())
try:
    with conn:
        conn.execute("INSERT INTO t VALUES (5)")
        raise ValueError("boom")
except ValueError as e:
    print("with rolled back on", repr(e), conn.execute("SELECT x FROM t").fetchall())
try:
    with conn:
        conn.execute("INSERT INTO t VALUES (6)")
        conn.execute("INSERT INTO nope VALUES (6)")
except sqlite3.OperationalError as e:
    print("OperationalError", e, conn.execute("SELECT x FROM t").fetchall())
with conn as c:
    print("with returns the connection", c is conn)
print("still open", conn.execute("SELECT count(*) FROM t").fetchone())

for level in ("DEFERRED", "immediate", "Exclusive", ""):
    conn.isolation_level = level
    conn.execute("INSERT INTO t VALUES (7)")
    print(repr(conn.isolation_level), conn.in_transaction)
    conn.rollback()
conn.execute("INSERT INTO t VALUES (8)")
conn.isolation_level = None
print("None commits", conn.in_transaction, conn.isolation_level)
conn.execute("INSERT INTO t VALUES (9)")
print("autocommit mode", conn.in_transaction)
conn.execute("BEGIN")
conn.execute("INSERT INTO t VALUES (10)")
print("explicit BEGIN", conn.in_transaction)
conn.execute("ROLLBACK")
for bad in ("SERIALIZABLE", 5):
    try:
        conn.isolation_level = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
conn.close()

conn = sqlite3.connect(path, isolation_level=None)
print("reopened", conn.execute("SELECT x FROM t ORDER BY x").fetchall(), conn.isolation_level)
conn.close()
ro = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
print("read-only", ro.execute("SELECT count(*) FROM t").fetchone())
try:
    ro.execute("INSERT INTO t VALUES (99)")
except sqlite3.OperationalError as e:
    print("OperationalError", e, e.sqlite_errorname)
ro.close()
try:
    sqlite3.connect("file:" + os.path.join(tmp, "missing.db") + "?mode=ro", uri=True)
except sqlite3.OperationalError as e:
    print("OperationalError", e)
print(os.path.exists(os.path.join(tmp, "file:x")))
mem = sqlite3.connect("file::memory:?cache=shared", uri=True)
print(mem.execute("SELECT 1").fetchone())
mem.close()
os.remove(path)
os.rmdir(tmp)
