rows = [('apple', 3, 0.5), ('banana', 12, 0.25), ('kiwi', 100, 1.125)]
print(f"{'item':<10}{'qty':>5}{'price':>8}")
for name, qty, price in rows:
    print(f'{name:<10}{qty:>5}{price:>8.2f}')
print('-' * 23)
print(f"{'total':<10}{sum(r[1] for r in rows):>5}{sum(r[1] * r[2] for r in rows):>8.2f}")
