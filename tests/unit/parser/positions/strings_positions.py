x = ('a'
     'b' b'c' if 0 else u'd')
y = '''multi
line''' + """x"""
