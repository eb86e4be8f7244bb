import optparse, sys, io

p = optparse.OptionParser(prog='op', usage='%prog [options] FILE', version='%prog 1.2', description='Do things.')
p.add_option('-f', '--file', dest='filename', help='write to FILE', metavar='FILE')
p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True, help="don't print")
p.add_option('-n', '--num', type='int', default=3, help='how many [default: %default]')
p.add_option('-v', action='count', dest='level')
p.add_option('-I', action='append', dest='inc', default=[])
p.add_option('--ratio', type='float')
p.add_option('--mode', type='choice', choices=['a', 'b'], default='a')
p.add_option('--pair', nargs=2, type='int')
p.add_option('--const', action='store_const', const=42)
g = optparse.OptionGroup(p, 'Dangerous', 'Use at your own risk.')
g.add_option('--force', action='store_true')
p.add_option_group(g)
opts, args = p.parse_args(['-f', 'out.txt', '-q', '-n', '5', 'x', '-vv', '-Ia', '-I', 'b', '--ratio=0.5', '--pair', '1', '2', '--const', 'y'])
print(opts, args)
print(opts.filename, opts.verbose, opts.num, opts.level, opts.inc, opts.pair, opts.force)
opts, args = p.parse_args([])
print(vars(opts), args)
p.print_help()
p.print_usage()
p.print_version()
sys.stderr = io.StringIO()
for argv in [['-n', 'x'], ['--mode', 'c'], ['--bogus'], ['-f'], ['--pair', '1']]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code, sys.stderr.getvalue().splitlines()[-1])
sys.stderr = sys.__stderr__
try:
    p.add_option('-f')
except optparse.OptionConflictError as e:
    print('OptionConflictError', e)
try:
    p.add_option('--x', type='nope')
except optparse.OptionError as e:
    print('OptionError', e)
v = optparse.Values({'a': 1})
print(v, v.a, v == optparse.Values({'a': 1}))
