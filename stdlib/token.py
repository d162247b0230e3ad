"""Token type numbers of the Python tokenizer (CPython 3.11's values)."""

# Names in number order: a token's number is its position in this list.
_NAMES = (
    'ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB '
    'COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT '
    'PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE '
    'CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL '
    'SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL '
    'LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH '
    'DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL OP AWAIT ASYNC '
    'TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD ERRORTOKEN COMMENT NL ENCODING '
    'N_TOKENS'
).split()

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']

for _number, _name in enumerate(_NAMES):
    globals()[_name] = _number
NT_OFFSET = 256
__all__.extend(_NAMES)
__all__.append('NT_OFFSET')

tok_name = {_number: _name for _number, _name in enumerate(_NAMES)}
tok_name[NT_OFFSET] = 'NT_OFFSET'

# Operator text -> exact token type; the operator tokens are numbers 7..53
# (OP excluded), listed here in that order of numbers.
_OPERATORS = (
    '( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> ** += -= '
    '*= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... :='
).split()
EXACT_TOKEN_TYPES = {
    _text: _number
    for _text, _number in sorted(zip(_OPERATORS, range(LPAR, OP)))
}

del _number, _name


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
