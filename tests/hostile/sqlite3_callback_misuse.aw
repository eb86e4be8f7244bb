# sqlite3 misuse from inside callbacks must fail cleanly: a user function that closes the
# connection mid-query (CPython 3.11 crashes here), hooks that raise, handles dropped while a
# cursor and an aggregate are mid-way; ends with an operation on the closed connection.
import sqlite3, gc
conn = sqlite3.connect(":memory:")
def closer(x):
    conn.close()
    return x
conn.create_function("closer", 1, closer)
conn.execute("create table t(x)")
conn.executemany("insert into t values (?)", [(i,) for i in range(5)])
try:
    print(conn.execute("select closer(x) from t").fetchall())
except Exception as e:
    print(type(e).__name__, e)
conn = sqlite3.connect(":memory:")
conn.create_function("closer", 1, closer)
conn.set_progress_handler(lambda: 0, 1)
try:
    conn.executescript("select closer(1); select 2;")
except Exception as e:
    print(type(e).__name__, e)
# cursor left mid-iteration then everything dropped
c2 = sqlite3.connect(":memory:")
cur = c2.execute("select 1 union all select 2")
class Agg:
    def __init__(self): self.n = 0
    def step(self, v): self.n += v
    def finalize(self): return self.n
c2.create_aggregate("agg", 1, Agg)
cur2 = c2.execute("select agg(value) from (select 1 as value union all select 2)")
del c2, cur, cur2
gc.collect()
try:
    import _sqlite3; _sqlite3._Db()
except TypeError as e:
    print(e)
c3 = sqlite3.connect(":memory:")
cur = c3.execute("select 1 union all select 2")
c3.close()
try: cur.fetchone()
except Exception as e: print(type(e).__name__, e)
c4 = sqlite3.connect(":memory:")
c4.create_collation("x", lambda a, b: 1/0)
c4.execute("create table t(s)"); c4.executemany("insert into t values(?)", [("a",),("b",)])
print(c4.execute("select s from t order by s collate x").fetchall())
c4.set_authorizer(lambda *a: 1/0)
try: c4.execute("select 1")
except Exception as e: print(type(e).__name__, e)
c4.set_authorizer(lambda *a: "x")
try: c4.execute("select 1")
except Exception as e: print(type(e).__name__, e)
c4.set_authorizer(None)
c4.set_progress_handler(lambda: 1/0, 1)
try: c4.execute("select 1")
except Exception as e: print(type(e).__name__, e)
conn.execute("SELECT 1")
