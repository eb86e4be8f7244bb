s = """line1
line2\tTabbed
"quoted" and 'single'"""
print(s)
print('back\\slash', 'nl\\n literal', "\"", '\'')
