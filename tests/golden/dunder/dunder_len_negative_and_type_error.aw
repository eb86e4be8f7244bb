class L:
    def __len__(self):
        return -1
try:
    len(L())
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
