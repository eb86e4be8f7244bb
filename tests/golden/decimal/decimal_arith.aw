# Decimal arithmetic, contexts, rounding, formatting and comparisons
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, Context
import decimal

print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7), repr(Decimal("1.10")), Decimal(0.1))
print(Decimal("1.255").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("1.259").quantize(Decimal("0.01"), rounding=ROUND_DOWN))
getcontext().prec = 50
print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal(10).ln(), Decimal(1000).log10())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), ctx.prec)
print(getcontext().prec)
getcontext().prec = 28
print(Decimal("3.14159").as_tuple(), Decimal("-0"), Decimal("NaN"), Decimal("Infinity"), -Decimal("1e10"))
print(sum([Decimal("1.1")] * 3), Decimal("10") // 3, Decimal("10") % 3, divmod(Decimal(7), 2), Decimal(2) ** 10, Decimal(-7) // 2)
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('1234.5'):,}", format(Decimal("1e-7"), "e"), f"{Decimal('0.5'):%}", f"{Decimal('12'):>8}|")
print(round(Decimal("2.675"), 2), round(Decimal("2.5")), int(Decimal("7.9")), float(Decimal("1.5")), abs(Decimal("-3")))
print(Decimal("1.0") == 1, Decimal("0.5") < 1, hash(Decimal("1.0")) == hash(1), hash(Decimal("0.5")) == hash(0.5), sorted([Decimal("2"), Decimal("1.5")]))
print(Context(prec=3).create_decimal("1.23456"), Decimal("1.5").to_integral_value(), Decimal(5).compare(Decimal(3)))
print(Decimal("123.4500").normalize(), Decimal("1E+2").to_eng_string(), Decimal("12.5").adjusted(), Decimal("2.5").max(3))
print(Decimal.from_float(1.1), Decimal("1.30").as_integer_ratio(), Decimal("5").fma(2, 3), Decimal(10).is_signed(), Decimal("-1").is_signed())
print(decimal.Decimal, Decimal((1, (1, 2, 5), -2)), Decimal(" 42 "), Decimal("1_000.5"))
print(getcontext())
