# pydoc's public names. minipy's pydoc is the text renderer help() needs (help,
# render_doc, getdoc); the rest of CPython's pydoc (HTML docs, the server, the pager
# machinery, the interactive Helper) is left out: those names are listed here.
import pydoc

LEFT_OUT = {
    'Doc', 'ErrorDuringImport', 'HTMLDoc', 'HTMLRepr', 'Helper', 'ModuleScanner',
    'Repr', 'TextDoc', 'TextRepr', 'allmethods', 'apropos', 'browse', 'builtins',
    'classify_class_attrs', 'classname', 'cli', 'cram', 'deque', 'describe', 'doc',
    'format_exception_only', 'getpager', 'html', 'importfile', 'importlib', 'inspect',
    'io', 'isdata', 'ispackage', 'ispath', 'locate', 'os', 'pager', 'pathdirs', 'pipepager',
    'pkgutil', 'plain', 'plainpager', 'plaintext', 'platform', 're', 'replace', 'resolve',
    'safeimport', 'sort_attributes', 'source_synopsis', 'splitdoc', 'stripid',
    'synopsis', 'sysconfig', 'tempfilepager', 'text', 'textwrap', 'time', 'tokenize',
    'ttypager', 'urllib', 'visiblename', 'warnings', 'writedoc', 'writedocs',
}
names = set(n for n in dir(pydoc) if not n.startswith('_'))
print(sorted(names | LEFT_OUT))
