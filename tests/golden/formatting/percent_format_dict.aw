print('%(name)s is %(age)d years' % {'name': 'Bo', 'age': 7}, '%(x)r' % {'x': [1]})
