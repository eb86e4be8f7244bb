x = 5
print(-x, +x, ~x, -(-x), not x, - -x)
print(-0.0, +True, -True, ~True)
