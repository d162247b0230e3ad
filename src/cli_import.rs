//! The command-line entry points that go through the import machinery:
//! `minipy -m module [args]` and `minipy compile PATH...`.

use std::path::{Path, PathBuf};

use crate::bytecode::pyc::{self, SourceStamp};
use crate::vm::import::{MainSpec, initial_path, stdlib};

/// Where `-m` finds a module's code: a file, or the embedded standard library.
enum MainSource {
    File(PathBuf),
    Embedded { filename: String, source: &'static str },
}

/// `dir/a/b/c.py` or `dir/a/b/c/__main__.py` for `a.b.c`; the bool says "package".
fn locate(dir: &str, module: &str) -> Option<(MainSource, bool)> {
    let rel = module.replace('.', "/");
    if dir == stdlib::ROOT {
        for (tail, is_pkg) in [(format!("{rel}/__main__.py"), true), (format!("{rel}.py"), false)] {
            if let Some(source) = stdlib::source(&tail) {
                return Some((MainSource::Embedded { filename: format!("{}/{tail}", stdlib::ROOT), source }, is_pkg));
            }
        }
        return None;
    }
    let base = Path::new(dir).join(&rel);
    let main = base.join("__main__.py");
    if base.join("__init__.py").is_file() && main.is_file() {
        return Some((MainSource::File(main), true));
    }
    let file = base.with_extension("py");
    file.is_file().then_some((MainSource::File(file), false))
}

/// `-m`: run the module as `__main__` with the current directory first on sys.path.
pub fn run_module(module: &str, mut argv: Vec<String>) -> u8 {
    let cwd = std::env::current_dir().map(|d| d.display().to_string()).unwrap_or_default();
    let dirs = initial_path(&cwd);
    let found = dirs.iter().find_map(|d| locate(d, module));
    let Some((source, is_pkg)) = found else {
        let rel = module.replace('.', "/");
        if dirs.iter().any(|d| Path::new(d).join(&rel).join("__init__.py").is_file()) {
            eprintln!(
                "minipy: No module named {module}.__main__; '{module}' is a package and cannot be directly executed"
            );
        } else {
            eprintln!("minipy: No module named {module}");
        }
        return 1;
    };
    let package = if is_pkg {
        module.to_string()
    } else {
        module.rsplit_once('.').map_or(String::new(), |(p, _)| p.to_string())
    };
    let spec = MainSpec { path0: Some(cwd), package: Some(package) };
    match source {
        MainSource::File(path) => {
            let filename = std::path::absolute(&path).unwrap_or(path).display().to_string();
            let Ok(bytes) = std::fs::read(&filename) else {
                eprintln!("minipy: can't read {filename}");
                return 1;
            };
            if let Some(a0) = argv.first_mut() {
                *a0 = filename.clone();
            }
            crate::cli::run_bytes_as(argv, &bytes, &filename, spec)
        }
        MainSource::Embedded { filename, source } => {
            if let Some(a0) = argv.first_mut() {
                *a0 = filename.clone();
            }
            crate::cli::run_bytes_as(argv, source.as_bytes(), &filename, spec)
        }
    }
}

fn collect(path: &Path, out: &mut Vec<PathBuf>, listing: &mut Vec<String>) {
    if path.is_dir() {
        listing.push(format!("Listing '{}'...", path.display()));
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.flatten().map(|e| e.path()).collect(),
            Err(_) => return,
        };
        entries.sort();
        for e in entries {
            let skip = e.file_name().is_some_and(|n| n == "__pycache__");
            if !skip && (e.is_dir() || e.extension().is_some_and(|x| x == "py")) {
                collect(&e, out, listing);
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
}

/// `minipy compile PATH...`: like `python -m compileall`, prints what it lists and
/// compiles, skips files whose cache is current; status 1 if any file failed.
pub fn compile_paths(paths: &[String]) -> u8 {
    let mut status = 0;
    for p in paths {
        let mut files = Vec::new();
        let mut listing = Vec::new();
        let path = Path::new(p);
        if !path.exists() {
            eprintln!("minipy compile: can't find '{p}'");
            status = 1;
            continue;
        }
        collect(path, &mut files, &mut listing);
        for line in listing {
            println!("{line}");
        }
        for file in files {
            if !compile_one(&file) {
                status = 1;
            }
        }
    }
    status
}

fn compile_one(file: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(file) else { return false };
    let stamp = SourceStamp::of(&meta);
    if pyc::read(file, stamp).is_some() {
        return true;
    }
    let abs = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
    println!("Compiling '{}'...", file.display());
    let Ok(source) = std::fs::read(file) else { return false };
    match crate::compiler::compile_bytes(&source, crate::ast::Mode::Exec, &abs.display().to_string()) {
        Ok(code) => {
            if !pyc::write(&abs, &code, stamp) {
                eprintln!("minipy compile: can't write the cache for '{}'", file.display());
                return false;
            }
            true
        }
        Err(e) => {
            print!("{}", e.render());
            false
        }
    }
}
