# coding: koi8-r
y = "│"
x = "Привет"
