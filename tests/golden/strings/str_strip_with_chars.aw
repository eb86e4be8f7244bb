print(repr('  hi  '.strip()), repr('  hi  '.lstrip()), repr('  hi  '.rstrip()))
print('xxhixx'.strip('x'), '<<hi>>'.lstrip('<'), 'hi!!?'.rstrip('!?'), 'abcba'.strip('ab'), repr('\t\n x \r\n'.strip()))
