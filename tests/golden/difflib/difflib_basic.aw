import difflib, sys

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7} a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, s.a[i1:i2], s.b[j1:j2]))
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n']
sys.stdout.writelines(difflib.unified_diff(a, b, fromfile='before.txt', tofile='after.txt'))
sys.stdout.writelines(difflib.unified_diff(a, b, n=1, lineterm='\n'))
sys.stdout.writelines(difflib.context_diff(a, b, fromfile='a', tofile='b'))
print(''.join(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])), end='')
diff = list(difflib.ndiff(['abc\n'], ['abd\n']))
print(diff, ''.join(difflib.restore(diff, 1)), end='')
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'heel', 'whale', 'x'], n=2, cutoff=0.5))
print(list(difflib.unified_diff('abc'.split(), 'abd'.split(), lineterm='')))
d = difflib.Differ()
print(list(d.compare(['1. Beautiful is better than ugly.\n'], ['1. Beautiful is better than ugly!\n'])))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_LINE_JUNK('  #  \n'))
s = difflib.SequenceMatcher(None, [1, 2, 3, 4], [1, 3, 4, 5])
print(s.get_grouped_opcodes(1).__class__.__name__, list(s.get_grouped_opcodes(1)))
