try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(e, '| cause:', repr(e.__cause__), '| suppress:', e.__suppress_context__)
