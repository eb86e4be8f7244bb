try:
    try:
        raise TypeError('inner')
    except ValueError:
        print('not here')
    finally:
        print('inner finally')
except TypeError as e:
    print('outer caught', e)
