try:
    import broken_mod
except ZeroDivisionError as e:
    print('import failed:', type(e).__name__, e)
