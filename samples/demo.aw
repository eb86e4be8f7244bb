# demo.aw — a tour of aw's language core: a tiny bakery simulation.
# Run it with `make demo` (or `aw samples/demo.aw`); samples/demo.out is what it prints.


class OutOfStock(Exception):
    def __init__(self, item):
        super().__init__(f"sorry, no more {item}")
        self.item = item


class Bakery:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.sold = []

    def sell(self, item):
        if self.stock.get(item, 0) == 0:
            raise OutOfStock(item)
        self.stock[item] -= 1
        self.sold.append(item)
        return item

    def __repr__(self):
        return f"Bakery({len(self.sold)} sold, {sum(self.stock.values())} left)"


def customers():
    """A generator of orders: each customer wants one thing."""
    wishes = ["bread", "croissant", "bread", "bagel", "bread", "croissant"]
    for number, wish in enumerate(wishes, start=1):
        yield number, wish


def price_list(tax):
    prices = {"bread": 2.5, "croissant": 1.75, "bagel": 1.2}
    return lambda item: round(prices[item] * (1 + tax), 2)   # a closure over tax and prices


shop = Bakery({"bread": 2, "croissant": 2, "bagel": 1})
price = price_list(0.2)
for number, wish in customers():
    try:
        print(f"#{number}: {shop.sell(wish):<10} ${price(wish):5.2f}")
    except OutOfStock as err:
        print(f"#{number}: {err}")

totals = {item: shop.sold.count(item) for item in sorted(set(shop.sold))}
print(shop, totals)
print("takings:", f"${sum(price(item) for item in shop.sold):.2f}")
