import os.path as p
import sys as s
