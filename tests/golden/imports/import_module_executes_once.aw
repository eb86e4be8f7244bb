import helper_mod
import helper_mod
import helper_mod as again
print(again is helper_mod)
