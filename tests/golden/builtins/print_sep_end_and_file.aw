import sys
print('a', 'b', 'c', sep='-')
print('no newline', end='')
print(' continued', end='!\n')
print()
print('multiple', 1, 2.5, None, True, sep=', ', end=' END\n')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(*[1, 2, 3], sep='')
