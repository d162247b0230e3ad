o.count += 1
