# A number written directly against a keyword still parses ("1if", "0x1for") but gets
# CPython's SyntaxWarning "invalid <kind> literal", once per literal, also from exec.
values = [0, 1, 2, 3]
print(1if values else 0)
print([v for v in values if v>1], 0x1Fif 1 else 5, 0o7or 1, 0b1in values)
print(2.5if True else 0, 1jif 1 else 2, 3not in values)
exec("print(7if 1 else 8)")
