__all__ = ["exported", "deep", "_hidden_but_listed"]
exported = "yes"
_hidden_but_listed = 1
_hidden_not_listed = 2
