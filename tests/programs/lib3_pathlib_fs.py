from pathlib import Path

def rmtree(p):
    for child in p.iterdir():
        if child.is_dir():
            rmtree(child)
        else:
            child.unlink()
    p.rmdir()

root = Path(__file__).parent / "_tmp_lib3_pathlib_fs"
if root.exists():
    rmtree(root)
root.mkdir()
(root / "a" / "b").mkdir(parents=True)
(root / "a" / "b").mkdir(parents=True, exist_ok=True)
try:
    (root / "a").mkdir()
except FileExistsError as e:
    print("FileExistsError", e.errno)
(root / "x.txt").write_text("hello\n")
(root / "a" / "y.py").write_text("print(1)\n")
(root / "a" / "b" / "z.py").write_bytes(b"\x00\x01")
(root / ".hidden").write_text("h")
print((root / "x.txt").read_text(), (root / "a/b/z.py").read_bytes(), (root / "x.txt").exists(), (root / "nope").exists())
print((root / "a").is_dir(), (root / "a").is_file(), (root / "x.txt").is_file(), (root / "x.txt").stat().st_size)
print(sorted(p.name for p in root.iterdir()))
print(sorted(str(p.relative_to(root)) for p in root.glob("*.txt")))
print(sorted(str(p.relative_to(root)) for p in root.glob("**/*.py")))
print(sorted(str(p.relative_to(root)) for p in root.rglob("*.py")))
print(sorted(str(p.relative_to(root)) for p in root.glob("*/")))
print(sorted(str(p.relative_to(root)) for p in root.glob("**")))
print(sorted(str(p.relative_to(root)) for p in root.glob("a/*")))
(root / "x.txt").rename(root / "w.txt")
print((root / "w.txt").exists(), (root / "x.txt").exists())
(root / "w.txt").unlink()
(root / "w.txt").unlink(missing_ok=True)
try:
    (root / "w.txt").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(Path("rel").absolute() == Path.cwd() / "rel", Path("~").expanduser() == Path.home())
(root / "t").touch()
print((root / "t").exists(), (root / "t").read_text() == "")
with (root / "t").open("w") as f:
    f.write("abc")
print((root / "t").read_text(), (root / "t").with_suffix(".md").name)
rmtree(root)
print(root.exists())
