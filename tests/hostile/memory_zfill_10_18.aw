print('1'.zfill(10 ** 18))
