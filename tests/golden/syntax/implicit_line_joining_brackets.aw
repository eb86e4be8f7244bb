values = [
    1,
    2,  # trailing comment
    3,
]
d = {
    'a': 1,
    'b': 2
}
print(values, d, (1 +
                  2))
