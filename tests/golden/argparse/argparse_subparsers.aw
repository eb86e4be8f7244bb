import argparse

def cmd_add(a):
    return a.x + a.y

p = argparse.ArgumentParser(prog='git', description='A tool.')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(title='commands', dest='command', help='what to do')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
a = sub.add_parser('add', help='add numbers')
a.add_argument('x', type=int)
a.add_argument('y', type=int)
a.set_defaults(func=cmd_add)
print(p.parse_args(['commit', '-m', 'msg']))
print(p.parse_args(['--debug', 'ci', '-m', 'x', '--amend']))
ns = p.parse_args(['add', '2', '3'])
print(ns.command, ns.func(ns))
print(p.parse_args([]))
p.print_help()
c.print_help()
a.print_usage()
g = argparse.ArgumentParser(prog='grp')
grp = g.add_argument_group('output', 'Output options')
grp.add_argument('--out', '-o', default='-', help='output file')
grp.add_argument('--fmt', choices=('json', 'text'), help='format')
ex = g.add_mutually_exclusive_group(required=True)
ex.add_argument('--yes', action='store_true')
ex.add_argument('--no', action='store_true')
g.add_argument('files', nargs='*', help='input files')
g.print_help()
print(g.parse_args(['--yes', 'a', 'b', '-o', 'f']))
h = argparse.ArgumentParser(prog='fmt', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
h.add_argument('--size', type=int, default=10, help='the size')
h.add_argument('--name', default='bob', help='the name')
h.add_argument('--quiet', action='store_true', help='be quiet')
h.print_help()
r = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='''first line
    indented line
last line''')
r.print_help()
