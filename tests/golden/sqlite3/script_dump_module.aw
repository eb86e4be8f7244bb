# executescript, iterdump, complete_statement, backup, module constants and DB-API names
import sqlite3

print(sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety, sqlite3.version, sqlite3.version_info)
print(isinstance(sqlite3.sqlite_version, str), sqlite3.sqlite_version_info >= (3, 7, 15))
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY, sqlite3.SQLITE_IGNORE)
print(sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_READ, sqlite3.SQLITE_INSERT, sqlite3.SQLITE_LIMIT_LENGTH)
print(sqlite3.Binary is memoryview, sqlite3.Date, sqlite3.Timestamp)
print(sqlite3.complete_statement("SELECT 1;"), sqlite3.complete_statement("SELECT 1"),
      sqlite3.complete_statement("CREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1;"))
try:
    sqlite3.complete_statement(5)
except TypeError as e:
    print("TypeError", e)
print(sqlite3.enable_callback_tracebacks(False))

conn = sqlite3.connect(":memory:")
cur = conn.executescript("""
    CREATE TABLE a(id INTEGER PRIMARY KEY, name TEXT);
    -- a comment
    INSERT INTO a(name) VALUES ('x');
    INSERT INTO a(name) VALUES ('it''s');
    CREATE VIEW v AS SELECT name FROM a;
    CREATE INDEX ai ON a(name);
    CREATE TABLE b(data BLOB, f REAL);
    INSERT INTO b VALUES (x'00ff', 1.5);
    INSERT INTO b VALUES (NULL, NULL);
""")
print(type(cur).__name__, conn.in_transaction)
conn.execute("INSERT INTO a(name) VALUES ('pending')")
print("pending", conn.in_transaction)
conn.executescript("SELECT 1;")
print("executescript committed", conn.in_transaction)
try:
    conn.executescript("INSERT INTO a(name) VALUES ('y'); INSERT INTO nope VALUES (1); INSERT INTO a(name) VALUES ('z');")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
print(conn.execute("SELECT name FROM a").fetchall())
try:
    conn.executescript(5)
except TypeError as e:
    print("TypeError", e)
for line in conn.iterdump():
    print(line)

target = sqlite3.connect(":memory:")
conn.backup(target)
print("backup", target.execute("SELECT name FROM a ORDER BY id").fetchall())
try:
    conn.backup(conn)
except ValueError as e:
    print("ValueError", e)
target.close()
conn.close()
