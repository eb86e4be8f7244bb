print('aa' in 'aaa', 'aaa'.count('aa'), 'abababa'.count('aba'), ''.count(''), 'abc'.count(''))
