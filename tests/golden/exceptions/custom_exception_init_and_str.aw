class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available
    def __str__(self):
        return f'need {self.needed}, have {self.available}'
try:
    raise InsufficientFunds(100, 30)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.args, e.needed)
