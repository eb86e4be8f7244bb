match = 3
match(x)
match[1]
