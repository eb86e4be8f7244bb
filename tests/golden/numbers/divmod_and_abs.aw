print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2**65, 3), abs(-2**70), abs(-3.5))
