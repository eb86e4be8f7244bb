class ValidationError(Exception):
    pass
raise ValidationError('field "age" must be positive')
