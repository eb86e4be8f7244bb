# check_same_thread: another thread gets ProgrammingError; check_same_thread=False allows it
import sqlite3
import threading

conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE t(x)")
results = []

def worker(c):
    for action in ("execute", "cursor", "commit", "close"):
        try:
            if action == "execute":
                c.execute("SELECT 1")
            else:
                getattr(c, action)()
            results.append((action, "ok"))
        except sqlite3.ProgrammingError as e:
            msg = str(e)
            results.append((action, msg[:msg.index(" The object")]))

t = threading.Thread(target=worker, args=(conn,))
t.start()
t.join()
for r in results:
    print(r)
print(conn.execute("SELECT count(*) FROM t").fetchone())

free = sqlite3.connect(":memory:", check_same_thread=False)
free.execute("CREATE TABLE t(x)")
def insert():
    free.execute("INSERT INTO t VALUES (1)")
    free.commit()
threads = [threading.Thread(target=insert) for _ in range(3)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(free.execute("SELECT count(*) FROM t").fetchone())
free.close()
conn.close()
