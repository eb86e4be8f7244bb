from string import Template
t = Template('$who likes $what; ${who}x costs $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
try:
    Template('bad $ here').substitute()
except ValueError as e:
    print(e)
try:
    t.substitute(who='a')
except KeyError as e:
    print('KeyError', e)
print(Template('$1 and $').safe_substitute(), Template('x $ y').is_valid())
