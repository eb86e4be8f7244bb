import cycle_a_mod
value_b = 'b sees a.value=' + cycle_a_mod.value
