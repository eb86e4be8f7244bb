print(abs(-3), abs(2.5), abs(-0.0), round(3.14159, 2), round(-2.5), divmod(13, 4), pow(2, 8), pow(2, 100, 97), pow(2.0, 3), pow(4, 0.5))
