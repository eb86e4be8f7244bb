import getopt

print(getopt.getopt(['-a', '-b', 'x', '--long=v', 'rest', '-c'], 'ab:c', ['long=']))
print(getopt.getopt(['-abfile', '--verbose', '--', '-x'], 'ab:', ['verbose', 'output=']))
print(getopt.getopt(['--out', 'f', '--verb'], '', ['output=', 'verbose']))
print(getopt.gnu_getopt(['r1', '-a', 'r2', '--long', 'v', 'r3'], 'a', ['long=']))
print(getopt.gnu_getopt(['r1', '-a', 'r2'], '+a'))
for args, short, long in [(['-z'], 'a', []), (['-b'], 'b:', []), (['--nope'], '', ['yes']),
                          (['--yes=1'], '', ['yes']), (['--x'], '', ['xa', 'xb']), (['--long'], '', ['long='])]:
    try:
        getopt.getopt(args, short, long)
    except getopt.GetoptError as e:
        print('GetoptError', e, '|', e.opt, '|', e.msg)
print(getopt.error is getopt.GetoptError)
