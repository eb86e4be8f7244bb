class Account:
    def withdraw(self, n):
        raise ValueError(f'cannot withdraw {n}')
print('start')
Account().withdraw(50)
