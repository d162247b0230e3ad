# A SyntaxError in an imported module points into that module.
import cli7_syntax_import_bad
