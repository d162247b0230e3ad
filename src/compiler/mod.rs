//! AST to code objects: the symbol table and code generation.
