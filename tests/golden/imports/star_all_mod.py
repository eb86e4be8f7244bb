__all__ = ['exported']
exported = 'yes'
not_exported = 'no'
