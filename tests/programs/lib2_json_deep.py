import json
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print("RecursionError", e)
try:
    json.loads('{"a":' * 100000 + '1' + '}' * 100000)
except RecursionError as e:
    print("RecursionError", e)
x = []
for i in range(100000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print("RecursionError")
print(json.loads('[' * 500 + ']' * 500) is not None)
