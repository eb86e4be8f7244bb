# __hello__ is CPython's small test module: importing it sets `initialized` and prints nothing;
# its main() prints the greeting.
import __hello__

print(__hello__.initialized, __hello__.__name__)
__hello__.main()
print(__hello__.TestFrozenUtf8_2.__doc__, len(__hello__.TestFrozenUtf8_4.__doc__))
