try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print('class raised ->', repr(e))
