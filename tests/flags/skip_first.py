this line is not Python
print("second line")
1/0
