# Zero to a negative or complex power.
for e in (-1, -2.5, 1j):
    try:
        print(0j ** e)
    except ZeroDivisionError as err:
        print('ZeroDivisionError:', err)
print(0j ** -1)
