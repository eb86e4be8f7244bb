# The "is with a literal" SyntaxWarning sees constant-folded operands, bools included.
a = (False | 1) is not True
b = (True & True) is True
c = (1 + True) is 2
print(a, b, c, True | False, False ^ True, True + True, True * 3)
