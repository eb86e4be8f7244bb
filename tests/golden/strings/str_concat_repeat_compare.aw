print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'a' * 0, 'a' * -1 == '', 'abc' < 'abd', 'Z' < 'a', 'abc' < 'ab', 'a' == 'a', 'é' > 'z')
