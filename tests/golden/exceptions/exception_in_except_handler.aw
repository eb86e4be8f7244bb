try:
    try:
        raise ValueError('a')
    except ValueError:
        undefined_thing
except NameError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
