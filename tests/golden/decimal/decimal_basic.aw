from decimal import (Decimal, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN,
                     ROUND_HALF_EVEN, InvalidOperation, DivisionByZero, Inexact, DecimalException)
import decimal

print(Decimal('0.1') + Decimal('0.2'), Decimal(1) / Decimal(7), Decimal('10') ** 20, -Decimal('1.50'))
print(repr(Decimal('3.14')), Decimal(0.1), Decimal(10), Decimal('-0'), Decimal('1e3').normalize(), Decimal('NaN'), Decimal('-Infinity'))
print(Decimal('1.005').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal('2.675').quantize(Decimal('0.01')))
print(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN), round(Decimal('2.5')), round(Decimal('3.14159'), 2))
print(f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.000123'):.2e}", f"{Decimal('12.5'):>10}|", format(Decimal('3.5'), '%'))
print(Decimal('1.30') == Decimal('1.3'), Decimal('1.5') > 1, Decimal(2) == 2.0, hash(Decimal('1.5')) == hash(1.5), hash(Decimal(7)) == hash(7))
print(sum([Decimal('0.10')] * 3), Decimal('10') % Decimal('3'), Decimal('-7') // Decimal('2'), divmod(Decimal(7), Decimal(2)))
print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal(10).ln(), Decimal(100).log10(), Decimal('1.23E+5').to_eng_string())
print(Decimal('3.14').as_tuple(), Decimal('1.5').as_integer_ratio(), int(Decimal('9.99')), float(Decimal('0.5')))
print(Decimal('123.456').adjusted(), Decimal('5').compare(Decimal('3')), Decimal('-3').copy_abs(), Decimal('2').max(Decimal('3')))
print(Decimal.from_float(0.25), Decimal((1, (1, 4), -1)), Decimal('  12  '), Decimal('1_000'))
ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emax)
with localcontext() as lc:
    lc.prec = 5
    print(Decimal(1) / Decimal(3), lc.prec)
print(Decimal(1) / Decimal(3))
c = Context(prec=3, rounding=ROUND_HALF_EVEN)
print(c.divide(Decimal(2), Decimal(3)), c.add(Decimal('1.234'), Decimal('1')), c.create_decimal('1.23456'))
for f in [lambda: Decimal('abc'), lambda: Decimal(1) / Decimal(0), lambda: Decimal(0) / Decimal(0),
          lambda: Decimal('1.5') + 1.5, lambda: Decimal(2).sqrt().quantize(Decimal('1e-100')), lambda: int(Decimal('NaN'))]:
    try:
        print(f())
    except (DecimalException, TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, issubclass(type(e), ArithmeticError))
decimal.getcontext().traps[Inexact] = True
try:
    Decimal(1) / Decimal(3)
except Inexact as e:
    print('Inexact trapped')
decimal.getcontext().traps[Inexact] = False
print(sorted([Decimal('1.1'), Decimal('-2'), Decimal('0.5')]), max(Decimal(1), Decimal('1.01')), Decimal('5').is_signed())
