import cycle_a_mod
print(cycle_a_mod.value, cycle_a_mod.from_b)
