with (a, b) as c:
    pass
with (a):
    pass
with (a) as b, c:
    pass
