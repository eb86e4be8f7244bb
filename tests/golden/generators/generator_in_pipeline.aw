def read(lines):
    for l in lines:
        yield l
def nonblank(ls):
    return (l for l in ls if l.strip())
def upper(ls):
    for l in ls:
        yield l.upper()
print(list(upper(nonblank(read(['a', ' ', 'b', '', 'c'])))))
