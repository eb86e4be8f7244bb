try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('clean') from None
except RuntimeError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
