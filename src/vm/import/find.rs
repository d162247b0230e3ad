//! The finder: where the module called `fullname` comes from.
//! Order as CPython's meta path: native (built-in) modules, then each directory of
//! the search path (a package directory before a `.py` file). The standard library is
//! the last `sys.path` entry: the embedded table's pseudo-directory (`stdlib::ROOT`),
//! or MINIPY_STDLIB on disk. A directory without `__init__.py` found on the way is a
//! namespace package, used only when nothing else matched.

use std::path::{Path, PathBuf};

use super::stdlib;
use crate::modules::ModuleInit;

pub enum Origin {
    Native(ModuleInit),
    /// A `.py` file on disk; `package_dir` is set for a package's `__init__.py`.
    File { path: PathBuf, package_dir: Option<String> },
    /// A module of the embedded standard library, by its path in the table.
    Embedded { rel: String, source: &'static str, package_dir: Option<String> },
    /// A directory without `__init__.py`.
    Namespace { dir: String },
}

/// Look for `name` (the last component of `fullname`) in `dirs`; top-level imports
/// also consult the native modules and the standard library.
pub fn find(fullname: &str, dirs: &[String], top_level: bool) -> Option<Origin> {
    let name = fullname.rsplit('.').next().unwrap_or(fullname);
    if top_level {
        if let Some(init) = crate::modules::native_module(fullname) {
            return Some(Origin::Native(init));
        }
    }
    let mut namespace = None;
    for dir in dirs {
        match probe(dir, name) {
            Some(Origin::Namespace { dir }) => {
                namespace.get_or_insert(Origin::Namespace { dir });
            }
            Some(found) => return Some(found),
            None => {}
        }
    }
    namespace
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() { name.to_string() } else { format!("{dir}/{name}") }
}

fn probe(dir: &str, name: &str) -> Option<Origin> {
    if let Some(rel_dir) = dir.strip_prefix(stdlib::ROOT) {
        let rel_dir = rel_dir.trim_start_matches('/');
        let rel = |tail: &str| if rel_dir.is_empty() { tail.to_string() } else { format!("{rel_dir}/{tail}") };
        let pkg = rel(&format!("{name}/__init__.py"));
        if let Some(source) = stdlib::source(&pkg) {
            return Some(Origin::Embedded { rel: pkg, source, package_dir: Some(join(dir, name)) });
        }
        let module = rel(&format!("{name}.py"));
        if let Some(source) = stdlib::source(&module) {
            return Some(Origin::Embedded { rel: module, source, package_dir: None });
        }
        return stdlib::has_dir(&rel(name)).then(|| Origin::Namespace { dir: join(dir, name) });
    }
    // '' is the current directory, named absolutely in __file__ as CPython's FileFinder does.
    let dir = if dir.is_empty() {
        std::env::current_dir().map(|d| d.display().to_string()).unwrap_or_else(|_| ".".into())
    } else {
        dir.to_string()
    };
    let base = Path::new(&dir);
    let pkg_dir = base.join(name);
    if pkg_dir.is_dir() {
        let init = pkg_dir.join("__init__.py");
        if init.is_file() {
            return Some(Origin::File { path: init, package_dir: Some(join(&dir, name)) });
        }
    }
    let file = base.join(format!("{name}.py"));
    if file.is_file() {
        return Some(Origin::File { path: file, package_dir: None });
    }
    pkg_dir.is_dir().then(|| Origin::Namespace { dir: join(&dir, name) })
}
