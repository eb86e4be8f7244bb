if True:
print('no indent')
