# sys.audit hooks and signal handlers are separate registries
import signal, sys

sys.audit('before.any.hook', 1)
events = []
sys.addaudithook(lambda ev, args: events.append((ev, args)) if ev.startswith('demo.') else None)
signal.signal(signal.SIGUSR1, lambda *a: None)
sys.audit('demo.one', 1, 'x')
print(events, signal.getsignal(signal.SIGINT) is signal.default_int_handler)

# a user __new__ takes any number of arguments
class Many:
    def __new__(cls, *args, **kw):
        self = super().__new__(cls)
        self.n = len(args) + len(kw)
        return self

print(Many(*range(40)).n, Many(*range(10), **{f'k{i}': i for i in range(20)}).n)

# text files honour errors= when decoding UTF-8
import os, tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'latin.txt')
    with open(path, 'w', encoding='latin-1') as f:
        f.write('caf\xe9 \xe4bc\nline two \xff\n')
    for errors in ('ignore', 'replace', 'surrogateescape', 'backslashreplace'):
        with open(path, encoding='utf-8', errors=errors) as f:
            print(errors, [f.readline(), f.read()])
    with open(path, encoding='utf-8', errors='replace') as f:
        print(list(f))
    try:
        with open(path, encoding='utf-8') as f:
            f.read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)

# writing UTF-8: surrogates meet the errors handler (strict: UnicodeEncodeError)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'out.txt')
    with open(path, 'w', encoding='utf-8', errors='surrogateescape') as f:
        f.write('a\udce4b')
    print(open(path, 'rb').read())
    try:
        with open(path, 'w', encoding='utf-8') as f:
            f.write('x\ud800y')
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError', e)
    for errors in ('replace', 'backslashreplace', 'ignore'):
        with open(path, 'w', errors=errors) as f:
            f.write('\xe9\udcff\n')
        print(errors, open(path, 'rb').read())
