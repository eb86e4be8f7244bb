import circ_right_mod

READY = True
