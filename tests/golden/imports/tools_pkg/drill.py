NAME = "drill"
