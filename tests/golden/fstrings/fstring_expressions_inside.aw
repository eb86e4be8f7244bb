items = [1, 2, 3]
d = {'key': 'val'}
print(f'{len(items)} {items[0] + items[-1]} {d["key"]} {"yes" if items else "no"} {[x * 2 for x in items]} {{braces}}')
