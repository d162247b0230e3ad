from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path
p = PurePosixPath("/usr/local/lib/python3.11/site.tar.gz")
print(p, repr(p), p.parts, p.name, p.stem, p.suffix, p.suffixes, p.parent, p.anchor, p.root, p.drive)
print(list(p.parents), p.parents[0], p.parents[-1], len(p.parents), p.parents[1:3])
q = PurePosixPath("a") / "b" / "../c" / "."
print(q, q.parts, PurePosixPath("a", "/b", "c"), PurePosixPath(), PurePosixPath(""), PurePosixPath("//x/y"), PurePosixPath("///x"))
print(p.with_name("x.py"), p.with_suffix(".zip"), p.with_suffix(""), p.with_stem("lib"), PurePosixPath("a/b").with_suffix(".txt"))
print(p.relative_to("/usr"), p.relative_to("/usr/local/"), p.is_relative_to("/etc"), p.is_absolute(), q.is_absolute())
print(p.match("*.gz"), p.match("lib/*/*.gz"), p.match("/usr/*.gz"), PurePosixPath("a/b.py").match("*.py"))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") < PurePosixPath("b"), sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]))
print(p.as_posix(), p.as_uri(), str(PurePosixPath(".")), PurePosixPath("x").__bytes__(), PurePosixPath("/").name, PurePosixPath("/").parent)
print(PurePosixPath(".hidden").suffix, PurePosixPath("a.").suffix, PurePosixPath("a..b").suffixes, PurePosixPath(".a.b").stem)
print("x" / PurePosixPath("y"), PurePosixPath("a").joinpath("b", "c"), hash(PurePosixPath("a")) == hash(PurePosixPath("a")))
for bad in [lambda: p.with_suffix("zip"), lambda: p.with_name(""), lambda: PurePosixPath("/").with_name("x"), lambda: p.relative_to("/etc"), lambda: PurePosixPath("a").with_name("b/c")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
w = PureWindowsPath("C:\\Users\\me/file.txt")
print(w, repr(w), w.drive, w.root, w.anchor, w.parts, w.name, w.parent, w.as_posix())
print(type(PurePath("x")).__name__, type(Path("x")).__name__, Path("a/b") / "c", Path("/tmp").is_absolute())
