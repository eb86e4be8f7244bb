print(f'{5:.2f} {5:05d} {-5:05d} {3.5:06.2f} {7:3} {True:d} {True}')
