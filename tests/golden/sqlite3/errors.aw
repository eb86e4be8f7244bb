# The exception hierarchy, CPython's messages, sqlite_errorcode/sqlite_errorname, closed
# connections and cursors
import sqlite3

for name in ["Warning", "Error", "InterfaceError", "DatabaseError", "DataError", "OperationalError",
             "IntegrityError", "InternalError", "ProgrammingError", "NotSupportedError"]:
    cls = getattr(sqlite3, name)
    print(name, [c.__name__ for c in cls.__mro__], cls.__module__, getattr(sqlite3.connect(":memory:"), name) is cls)

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE t(x UNIQUE, y NOT NULL, z CHECK (z > 0))")
conn.execute("INSERT INTO t VALUES (1, 1, 1)")

def check(sql, params=()):
    try:
        conn.execute(sql, params)
        print("ok")
    except sqlite3.Error as e:
        print(type(e).__name__ + ":", e, "|", e.sqlite_errorcode if hasattr(e, "sqlite_errorcode") else "-",
              e.sqlite_errorname if hasattr(e, "sqlite_errorname") else "-")

check("SELECT * FROM nope")
check("SELEC 1")
check("INSERT INTO t VALUES (1, 2, 3)")
check("INSERT INTO t VALUES (2, NULL, 3)")
check("INSERT INTO t VALUES (3, 3, -1)")
check("SELECT nope FROM t")
check("SELECT 1; SELECT 2")
check("SELECT 1; -- trailing comment\n /* block */ ")
check("SELECT 'a\x00b'")
check("CREATE TABLE t(a)")
check("SELECT abs(-9223372036854775808)")
try:
    raise sqlite3.OperationalError("custom")
except sqlite3.DatabaseError as e:
    print(repr(e), hasattr(e, "sqlite_errorcode"))
try:
    sqlite3.connect("/nonexistent-dir/x/y.db")
except sqlite3.OperationalError as e:
    print("OperationalError:", e, e.sqlite_errorcode, e.sqlite_errorname)

cur = conn.cursor()
cur.close()
cur.close()
for what in ("execute", "fetchone", "fetchall", "fetchmany", "executescript"):
    try:
        if what == "execute":
            cur.execute("SELECT 1")
        elif what == "executescript":
            cur.executescript("SELECT 1")
        else:
            getattr(cur, what)()
    except sqlite3.ProgrammingError as e:
        print(what, "ProgrammingError:", e)
try:
    next(iter(cur))
except sqlite3.ProgrammingError as e:
    print("next ProgrammingError:", e)

cur2 = conn.execute("SELECT 1")
conn.close()
conn.close()
for what in ("cursor", "commit", "rollback", "execute", "total_changes", "in_transaction", "isolation_level", "cur2.fetchone", "cur2.close"):
    try:
        if what == "execute":
            conn.execute("SELECT 1")
        elif what.startswith("cur2."):
            getattr(cur2, what[5:])()
        elif what in ("total_changes", "in_transaction", "isolation_level"):
            getattr(conn, what)
        else:
            getattr(conn, what)()
    except sqlite3.ProgrammingError as e:
        print(what, "ProgrammingError:", e)
