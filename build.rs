//! Generates the parser from grammar/python.lalrpop into OUT_DIR.

fn main() {
    stdlib_embed::generate();
    println!("cargo:rerun-if-changed=grammar/python.lalrpop");
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| "target".into());
    if let Err(e) = lalrpop::Configuration::new().set_in_dir("grammar").set_out_dir(out).process() {
        eprintln!("lalrpop failed: {e}");
        std::process::exit(1);
    }
}

/// Embeds every `stdlib/**/*.py` as source text: writes `stdlib_table.rs` (a sorted
/// `STDLIB: &[(relative path, source)]`) into OUT_DIR for `src/vm/import/stdlib.rs`.
mod stdlib_embed {
    use std::path::Path;

    fn walk(dir: &Path, rel: &str, out: &mut Vec<(String, String)>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_string) else { continue };
            let child = if rel.is_empty() { name.clone() } else { format!("{rel}/{name}") };
            if path.is_dir() {
                if name != "__pycache__" {
                    walk(&path, &child, out);
                }
            } else if name.ends_with(".py") {
                out.push((child, path.display().to_string()));
            }
        }
    }

    pub fn generate() {
        println!("cargo:rerun-if-changed=stdlib");
        let root = Path::new("stdlib");
        let mut files = Vec::new();
        walk(root, "", &mut files);
        files.sort();
        let mut text = String::from("pub static STDLIB: &[(&str, &str)] = &[\n");
        for (rel, path) in &files {
            println!("cargo:rerun-if-changed={path}");
            let abs = std::fs::canonicalize(path).map(|p| p.display().to_string()).unwrap_or(path.clone());
            text.push_str(&format!("    ({rel:?}, include_str!({abs:?})),\n"));
        }
        text.push_str("];\n");
        let out = std::env::var("OUT_DIR").unwrap_or_else(|_| "target".into());
        if let Err(e) = std::fs::write(Path::new(&out).join("stdlib_table.rs"), text) {
            eprintln!("stdlib table: {e}");
            std::process::exit(1);
        }
    }
}
