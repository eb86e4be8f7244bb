from helper_mod import greet, CONSTANT as C
print(greet('x'), C)
from star_mod import *
print(public_one, public_two())
try:
    _private
except NameError as e:
    print(e)
