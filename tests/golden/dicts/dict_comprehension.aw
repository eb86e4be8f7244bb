squares = {n: n * n for n in range(5)}
print(squares)
inv = {v: k for k, v in squares.items() if v > 2}
print(inv)
