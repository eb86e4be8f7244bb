# coding: bogus-codec
x = 1
