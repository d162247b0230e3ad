print("init tool", __name__)
