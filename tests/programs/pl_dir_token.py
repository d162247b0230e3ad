# token: the public names, numbers and the operator table.
import token
print(sorted(n for n in dir(token) if not n.startswith('_')))
print(token.EXACT_TOKEN_TYPES)
print(token.tok_name)
print(token.__all__)
print(token.ISTERMINAL(5), token.ISNONTERMINAL(300), token.ISEOF(0), token.N_TOKENS, token.NT_OFFSET)
