class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f'${self.cents // 100}.{self.cents % 100:02d}'
m = Money(1234)
print(m, str(m), f'{m}', '{}'.format(m), '%s' % m)
