#!/usr/bin/env python3
"""fuzz.py TEST_PARSER N [SEED] — mutates N random windows of the stdlib sources (deleting,
inserting and copying bytes and tokens) and checks that test_parser never crashes (status 0,
no sanitizer text) and agrees with CPython 3.11 (message, line, column and end of every
SyntaxError, or the whole ast.dump). Prints disagreements and `A/N agree, C crashes`."""
import glob, os, random, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare import cpython

SNIPPETS = [b'(', b')', b'[', b']', b'{', b'}', b':', b'\n', b'    ', b'\t', b'"', b"'", b'"""',
            b'\\', b'f"{', b"f'{x", b'}', b'lambda', b'*', b'**', b'=', b'==', b',', b'if',
            b'else', b'elif', b'for', b'in', b'not', b'async', b'await', b'yield', b'#', b'0x',
            b'1e', b'0o9', b'_', b'.', b'...', b'@', b':=', b'->', b'return', b'print ', b' x',
            b'1', b'def', b'class', b'try:', b'except', b'finally', b'with', b'as', b'del',
            b'global', b'import', b'from', b'/', '\u20ac'.encode(), '\xa0'.encode(),
            b'b"\xc3\xa9"', b'\\N{', b'u"', b"rb'", b'\r\n', b'\x0c', b'while', b'pass', b';',
            b'~', b'-', b'%', b'<>', b'!', b'$', b'?', b'`']

def mutate(rng, files):
    lines = open(rng.choice(files), 'rb').read().split(b'\n')
    start = rng.randrange(len(lines))
    data = bytearray(b'\n'.join(lines[start:start + rng.randint(3, 60)]))
    for _ in range(rng.randint(1, 4)):
        op, pos = rng.randrange(4), rng.randrange(len(data) + 1)
        if op == 0 and data:
            del data[pos:pos + rng.randint(1, 6)]
        elif op in (1, 3):
            data[pos:pos] = rng.choice(SNIPPETS)
        else:
            data[pos:pos] = data[rng.randrange(len(data) + 1):][:rng.randint(1, 12)]
    return bytes(data)

def main():
    tp, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    files = sorted(glob.glob('/usr/lib/python3.11/**/*.py', recursive=True))
    agree = crashes = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            path = os.path.join(tmp, f'f{i}.py')
            with open(path, 'wb') as f:
                f.write(mutate(rng, files))
            want = cpython(path, False, 'exec', True)
            r = subprocess.run([tp, '-x', path], capture_output=True, timeout=60)
            got = r.stdout.decode(errors='replace').rstrip('\n').replace(' [incomplete]', '')
            if r.returncode != 0 or r.stderr:
                crashes += 1
                print('CRASH', i, r.returncode, r.stderr[:500])
                os.rename(path, f'/tmp/fuzz_crash_{i}.py')
                continue
            if want is None:
                continue
            total += 1
            if got == want:
                agree += 1
            else:
                print(f'DIFFER {i}\n  want: {want[:200]}\n  got:  {got[:200]}')
    print(f'{agree}/{total} agree, {crashes} crashes')

if __name__ == '__main__':
    main()
