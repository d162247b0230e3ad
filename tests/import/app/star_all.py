public_a = 1
public_b = 2
_private = 3
__all__ = ["public_a"]
