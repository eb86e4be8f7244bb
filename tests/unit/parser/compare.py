#!/usr/bin/env python3
"""compare.py — runs test_parser on files and compares with CPython's ast.dump / SyntaxError.

    compare.py [-a] [-v] [-e] [-x] TEST_PARSER FILE...

For each FILE, CPython's answer (ast.dump, with positions if -a; or `Kind: msg (line L, col C)`)
is compared with `TEST_PARSER [-a] FILE`. Fields aw does not model are removed from CPython's
dump first (Constant kind='u'). -e: eval mode; -x: errors include their end position. Prints one line per mismatch (-v: with both outputs) and a
summary `N/M match`. A file CPython cannot decode as UTF-8 is skipped.
"""
import ast, subprocess, sys
sys.set_int_max_str_digits(0)

def cpython(path, attrs, mode='exec', ends=False):
    raw = open(path, 'rb').read()
    try:
        src = raw.decode('utf-8')
    except UnicodeDecodeError:
        return None
    if src.startswith('\ufeff'):
        src = src[1:]
    if '\0' in src:
        line = src[:src.index('\0')].count('\n') + 1
        return f"SyntaxError: source code cannot contain null bytes (line {line}, col 0)"
    try:
        if src.startswith('# compiler error\n'):
            # aw's parser reports this error, CPython's compiler does: ask the compiler
            compile(src, path, mode, dont_inherit=True)
        tree = compile(src, path, mode, flags=ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as e:
        if ends:
            end = e.end_offset if e.end_offset not in (None, -1) else 0
            return (f"{type(e).__name__}: {e.msg} (line {e.lineno}, col {e.offset}, "
                    f"end {e.end_lineno or e.lineno}, {end})")
        return f"{type(e).__name__}: {e.msg} (line {e.lineno}, col {e.offset})"
    except (MemoryError, RecursionError) as e:
        return f"{type(e).__name__}"
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant):
            node.kind = None   # u'' strings: aw's tree has no such field
    return ast.dump(tree, include_attributes=attrs)

def main():
    args = sys.argv[1:]
    attrs = verbose = ends = False
    mode = 'exec'
    while args and args[0].startswith('-'):
        flag = args.pop(0)
        attrs |= flag == '-a'
        verbose |= flag == '-v'
        ends |= flag == '-x'
        if flag == '-e': mode = 'eval'
    tp, files = args[0], args[1:]
    ok = total = 0
    for path in files:
        want = cpython(path, attrs, mode, ends)
        if want is None:
            continue
        total += 1
        cmd = [tp] + (['-a'] if attrs else []) + (['-e'] if mode == 'eval' else []) + \
              (['-x'] if ends else []) + [path]
        r = subprocess.run(cmd, capture_output=True, text=True, errors='replace')
        got = r.stdout.rstrip('\n')
        if r.returncode != 0 or r.stderr:
            got += '\n[stderr/status %d] %s' % (r.returncode, r.stderr[:3000])
        if got == want:
            ok += 1
            continue
        print('MISMATCH', path)
        if verbose:
            # show the first differing region
            i = next((k for k in range(min(len(got), len(want))) if got[k] != want[k]),
                     min(len(got), len(want)))
            print('  want:', want[max(0, i - 200):i + 200])
            print('  got: ', got[max(0, i - 200):i + 200])
    print(f'{ok}/{total} match')

if __name__ == '__main__':
    main()
