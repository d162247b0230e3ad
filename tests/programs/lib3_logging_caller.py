import logging, sys
logging.basicConfig(stream=sys.stdout, format="%(filename)s:%(lineno)d %(module)s %(levelname)s %(message)s")
logging.warning("module level")
def f():
    logging.getLogger("x").error("in function")
f()
