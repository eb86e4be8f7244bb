# Complex literals (real +/- imaginary) are literal patterns and mapping keys.
for v in [1 + 2j, 2j, -1 - 1j, 3, 0j, 1.5 - 0.5j]:
    match v:
        case 1 + 2j:
            print(v, "-> 1+2j")
        case 2j:
            print(v, "-> 2j")
        case -1 - 1j:
            print(v, "-> -1-1j")
        case complex(real=0.0, imag=0.0):
            print(v, "-> zero")
        case complex(real=r, imag=i):
            print(v, "-> complex with parts", r, i)
        case _:
            print(v, "-> not complex")

match {1 + 2j: "a", 2j: "b"}:
    case {1 + 2j: x, 2j: y}:
        print(x, y)
