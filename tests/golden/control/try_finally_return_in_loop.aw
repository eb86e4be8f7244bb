def first_even(xs):
    for x in xs:
        try:
            if x % 2 == 0:
                return x
        finally:
            print('checked', x)
    return None
print(first_even([1, 3, 4, 5]))
