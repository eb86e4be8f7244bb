import argparse, sys, io

p = argparse.ArgumentParser(prog='tool')
p.add_argument('count', type=int)
p.add_argument('--level', type=int, choices=[1, 2, 3])
p.add_argument('--mode', choices=['a', 'b'])
p.add_argument('--need', required=False)
p.add_argument('-x', action='store_true')
p.add_argument('--two', nargs=2)
g = p.add_mutually_exclusive_group()
g.add_argument('--on', action='store_true')
g.add_argument('--off', action='store_true')
sys.stderr = io.StringIO()
for argv in [[], ['abc'], ['1', '--level', '5'], ['1', '--level', 'x'], ['1', '--mode', 'c'],
             ['1', '--bogus'], ['1', '2'], ['1', '--two', 'a'], ['1', '--on', '--off'], ['1', '--need'],
             ['1', '-y'], ['1', '--lev', '2'], ['-h']]:
    sys.stderr = io.StringIO()
    sys_stdout = sys.stdout
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)
        print(sys.stderr.getvalue(), end='')
r = argparse.ArgumentParser(prog='req')
r.add_argument('--must', required=True)
r.add_argument('a')
r.add_argument('b', nargs='+')
try:
    r.parse_args([])
except SystemExit as e:
    print('exit', e.code, sys.stderr.getvalue(), end='')
q = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
q.add_argument('--n', type=int)
try:
    q.parse_args(['--n', 'zz'])
except argparse.ArgumentError as e:
    print('ArgumentError', e, '|', e.argument_name, '|', e.message)
try:
    p.add_argument('--level')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
try:
    p.add_argument('bad', action='store_true', nargs=3)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    p.add_argument('--z', type='int')
except ValueError as e:
    print('ValueError', e)
sys.stderr = sys.__stderr__
