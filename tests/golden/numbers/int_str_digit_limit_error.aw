try:
    int('9' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
n = int('9' * 4300)
print(len(str(n)))
