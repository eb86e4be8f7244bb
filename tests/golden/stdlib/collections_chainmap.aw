from collections import ChainMap
defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), cm)
cm['new'] = 1
print(args, 'new' in cm, cm.get('nope', 0))
child = cm.new_child({'color': 'blue'})
print(child['color'], child.parents['color'])
