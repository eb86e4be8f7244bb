print(1,
