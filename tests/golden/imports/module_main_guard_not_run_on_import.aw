import guarded_mod
print('importer name:', __name__, 'module name:', guarded_mod.__name__)
