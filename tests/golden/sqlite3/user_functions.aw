# create_function (deterministic=), create_aggregate, create_collation, errors inside them,
# set_authorizer, set_progress_handler, set_trace_callback
import sqlite3

conn = sqlite3.connect(":memory:")
conn.create_function("double", 1, lambda x: x * 2)
conn.create_function("join3", 3, lambda a, b, c: f"{a}-{b}-{c}")
conn.create_function("nargs", -1, lambda *args: len(args))
conn.create_function("kind", 1, lambda v: type(v).__name__, deterministic=True)
conn.create_function("none", 0, lambda: None)
conn.create_function("blob", 0, lambda: b"\x00\x01")
print(conn.execute("SELECT double(21), double(1.5), double('ab'), join3(1, 'x', NULL)").fetchone())
print(conn.execute("SELECT nargs(), nargs(1, 2, 3), kind(1), kind(1.0), kind('s'), kind(x'00'), kind(NULL)").fetchone())
print(conn.execute("SELECT none(), blob()").fetchone())
conn.execute("CREATE TABLE t(x)")
conn.execute("CREATE INDEX ix ON t(kind(x))")
print("deterministic function usable in an index")

def boom(x):
    raise ValueError("bad")
conn.create_function("boom", 1, boom)
conn.create_function("badresult", 0, lambda: object())
conn.create_function("bigresult", 0, lambda: 2**64)
for sql in ("SELECT boom(1)", "SELECT badresult()", "SELECT double(1, 2)", "SELECT nosuch(1)"):
    try:
        conn.execute(sql)
    except sqlite3.OperationalError as e:
        print("OperationalError", e)
conn.create_function("double", 1, None)
try:
    conn.execute("SELECT double(1)")
except sqlite3.OperationalError as e:
    print("removed:", e)
conn.create_function("notcallable", 1, 5)
try:
    conn.execute("SELECT notcallable(1)")
except sqlite3.OperationalError as e:
    print("OperationalError", e)

class MySum:
    def __init__(self):
        self.total = 0
    def step(self, value):
        self.total += value
    def finalize(self):
        return self.total

class Concat:
    def __init__(self):
        self.parts = []
    def step(self, value, sep):
        self.parts.append(str(value))
        self.sep = sep
    def finalize(self):
        return self.sep.join(self.parts) if self.parts else None

conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1, 6)])
conn.create_aggregate("mysum", 1, MySum)
conn.create_aggregate("concat", 2, Concat)
print(conn.execute("SELECT mysum(x), concat(x, '+') FROM t").fetchone())
print(conn.execute("SELECT x % 2, mysum(x) FROM t GROUP BY x % 2 ORDER BY 1").fetchall())
print(conn.execute("SELECT mysum(x) FROM t WHERE x > 100").fetchone())

class BadInit:
    def __init__(self):
        raise RuntimeError
class BadStep:
    def step(self, v):
        raise RuntimeError
    def finalize(self):
        return 1
class BadFinal:
    def step(self, v):
        pass
    def finalize(self):
        raise RuntimeError
for name, cls in (("badinit", BadInit), ("badstep", BadStep), ("badfinal", BadFinal)):
    conn.create_aggregate(name, 1, cls)
    try:
        conn.execute(f"SELECT {name}(x) FROM t")
    except sqlite3.OperationalError as e:
        print("OperationalError", e)

def reverse_cmp(a, b):
    return (a < b) - (a > b)
conn.create_collation("reverse", reverse_cmp)
conn.execute("CREATE TABLE s(name)")
conn.executemany("INSERT INTO s VALUES (?)", [("b",), ("a",), ("c",)])
print(conn.execute("SELECT name FROM s ORDER BY name COLLATE reverse").fetchall())
conn.create_collation("reverse", None)
try:
    conn.execute("SELECT name FROM s ORDER BY name COLLATE reverse")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
for args in ((5, len), ("x", 5)):
    try:
        conn.create_collation(*args)
    except TypeError as e:
        print("TypeError", e)

def authorizer(action, arg1, arg2, dbname, source):
    if action == sqlite3.SQLITE_READ and arg2 == "secret":
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_READ and arg2 == "hidden":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK
conn.execute("CREATE TABLE acct(name, secret, hidden)")
conn.execute("INSERT INTO acct VALUES ('n', 's', 'h')")
conn.set_authorizer(authorizer)
print(conn.execute("SELECT name, hidden FROM acct").fetchall())
try:
    conn.execute("SELECT secret FROM acct")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
conn.set_authorizer(None)
print(conn.execute("SELECT secret FROM acct").fetchall())

calls = []
def progress():
    calls.append(1)
    return 0
conn.set_progress_handler(progress, 1)
conn.execute("SELECT count(*) FROM t").fetchone()
print("progress handler called", len(calls) > 0)
conn.set_progress_handler(lambda: 1, 1)
try:
    conn.execute("SELECT count(*) FROM t").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError", e)
conn.set_progress_handler(None, 1)

traced = []
conn.set_trace_callback(traced.append)
conn.execute("SELECT ? + 1", (41,)).fetchone()
conn.set_trace_callback(None)
conn.execute("SELECT 2").fetchone()
print(traced)
conn.close()

conn = sqlite3.connect(":memory:")
conn.create_function("bigresult", 0, lambda: 2**64)
def raises_overflow():
    raise OverflowError
conn.create_function("overflow", 0, raises_overflow)
for sql in ("SELECT bigresult()", "SELECT overflow()"):
    try:
        conn.execute(sql)
    except sqlite3.DataError as e:
        print("DataError", e, e.sqlite_errorname)
conn.close()
