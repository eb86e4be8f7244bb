import argparse

p = argparse.ArgumentParser(prog='calc', description='Process some integers.',
                            epilog='Example: calc 1 2 3 --sum')
p.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max,
               help='sum the integers (default: find the max)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-q', '--quiet', action='store_false', dest='loud')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='speed (default: %(default)s)')
p.add_argument('--flag', action='store_true')
p.add_argument('-I', '--include', action='append', metavar='DIR', help='add a directory')
p.add_argument('--ratio', type=float, default=0.5)
p.add_argument('--name', required=False, help='a name')
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'))
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
for argv in [['1', '2', '3'], ['1', '2', '3', '--sum'], ['5', '-vvv', '-q', '--mode', 'slow'],
             ['7', '-I', 'a', '--include=b', '-Ic'], ['8', '--ratio', '2.5', '--name', 'x'],
             ['9', '--pair', 'k', 'v', '--opt'], ['9', '--opt', 'X', '--many'], ['9', '--many', 'a', 'b'],
             ['--', '-1'], ['3', '--fl']]:
    a = p.parse_args(argv)
    print(argv, a.accumulate(a.integers), a)
print(vars(p.parse_args(['4'])))
ns = argparse.Namespace(x=1)
print(ns, ns == argparse.Namespace(x=1), 'x' in ns)
a, rest = p.parse_known_args(['1', '--unknown', 'u', '2'])
print(a.integers, rest)
p.print_help()
print(p.format_usage(), end='')
