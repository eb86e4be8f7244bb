import sys
try:
    sys.exit(7)
except SystemExit as e:
    print('caught SystemExit', e.code, repr(e))
print('still running')
