# decimal's signals and messages (those of CPython's C _decimal)
from decimal import Decimal, Context, Inexact, InvalidOperation, DivisionByZero, getcontext
import decimal

for f in [lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal(-1).sqrt(), lambda: Decimal(0) / 0,
          lambda: Decimal("1e999999999") * 10 ** 10, lambda: Decimal(1).quantize(Decimal("1e-100")),
          lambda: Context(prec=3, traps=[Inexact]).divide(1, 3), lambda: Decimal([1]),
          lambda: Decimal((0, (1, 2), "x")), lambda: Decimal((2, (1,), 0)), lambda: Decimal((0, (10,), 0)),
          lambda: int(Decimal("NaN")), lambda: int(Decimal("inf")), lambda: Decimal(0).ln()]:
    try:
        print(f())
    except (decimal.DecimalException, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
ctx = Context(prec=4)
print(ctx.divide(Decimal(1), 3), ctx.flags[Inexact], ctx)
ctx.clear_flags()
ctx.traps[DivisionByZero] = False
print(ctx.divide(1, 0), ctx.flags[DivisionByZero])
