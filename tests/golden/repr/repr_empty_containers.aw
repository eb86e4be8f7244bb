print([], (), {}, set(), frozenset(), '', b'', bytearray(), [[]], [()], ({},))
