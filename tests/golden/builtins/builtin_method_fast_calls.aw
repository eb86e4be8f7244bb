xs = []
add = xs.append
for i in range(5): add(i)
xs.append(9)
list.append(xs, 7)
up = "ab".upper
print(xs, up(), "x".join(["a", "b"]), str.join("-", "ab"), len(xs))
try:
    add(1, 2)
except TypeError as e: print(e)
try:
    list.append(1, 2)
except TypeError as e: print(e)
