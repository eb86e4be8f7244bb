import re
def s_ident(scanner, token): return ('ID', token)
def s_operator(scanner, token): return ('OP', token)
def s_float(scanner, token): return ('NUM', float(token))
def s_int(scanner, token): return ('INT', int(token))
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", s_float),
    (r"\d+", s_int),
    (r"=|\+|-|\*|/", s_operator),
    (r"\s+", None),
])
print(scanner.scan("sum = 3*foo + 312.50 + bar"))
print(scanner.scan("x = 1 ? y"))
print(re.Scanner([(r'é+', lambda s, t: t.upper()), (r'\w', lambda s, t: t)]).scan('ééaé b'))
sc = re.compile(r'\d+').scanner('a12b345c6', 1)
print(sc.pattern, sc.search(), sc.search(), sc.search(), sc.search(), sc.search())
