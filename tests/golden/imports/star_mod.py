public_one = 'one'
def public_two():
    return 'two'
_private = 'hidden'
