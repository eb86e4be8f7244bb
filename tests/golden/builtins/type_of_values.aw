for v in [1, 1.0, 'a', b'a', [], (), {}, set(), None, True, range(1), len, print]:
    print(type(v).__name__)
