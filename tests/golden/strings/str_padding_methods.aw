print(repr('42'.zfill(5)), repr('-42'.zfill(5)), repr('abc'.center(9)), repr('abc'.center(8, '*')), repr('ab'.ljust(5, '.')), repr('ab'.rjust(5)), repr('long'.center(2)))
