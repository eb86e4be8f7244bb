records = [('b', 2), ('a', 1), ('c', 2), ('d', 1), ('e', 3), ('f', 2)]
records.sort(key=lambda r: r[1])
print(records)
records.sort(key=lambda r: r[1], reverse=True)
print(records)
