//! Source text to AST: the lexer, the indentation layer and the lalrpop grammar.
