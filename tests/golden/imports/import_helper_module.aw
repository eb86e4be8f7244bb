import helper_mod
print(helper_mod.greet('world'), helper_mod.CONSTANT, helper_mod.__name__)
