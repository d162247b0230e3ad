print("broken starts")
1 / 0
