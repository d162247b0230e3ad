import platform
print(platform.python_implementation(), platform.system())
print(platform.python_version().startswith("3.11"), len(platform.python_version_tuple()))
