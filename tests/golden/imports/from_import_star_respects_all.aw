from star_all_mod import *
print(exported)
try:
    not_exported
except NameError as e:
    print(e)
