class MyErr(Exception):
    pass
try:
    raise MyErr('a', 'b')
except MyErr as e:
    print(e, e.args, repr(e))
try:
    raise MyErr
except MyErr as e:
    print(repr(e), repr(str(e)))
