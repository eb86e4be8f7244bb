import os
print(type(os.environ).__name__ != '', 'PATH' in os.environ, os.getenv('AW_SURELY_MISSING'), os.getenv('AW_SURELY_MISSING', 'dflt'))
os.environ['AW_T1'] = 'one'
print(os.environ['AW_T1'], os.getenv('AW_T1'), os.environ.get('AW_T1'))
del os.environ['AW_T1']
print(os.getenv('AW_T1'), 'AW_T1' in os.environ)
try:
    os.environ['AW_T2'] = 2
except TypeError as e:
    print(e)
