//! Generates the parser from grammar/python.lalrpop into OUT_DIR.

fn main() {
    println!("cargo:rerun-if-changed=grammar/python.lalrpop");
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| "target".into());
    if let Err(e) = lalrpop::Configuration::new().set_in_dir("grammar").set_out_dir(out).process() {
        eprintln!("lalrpop failed: {e}");
        std::process::exit(1);
    }
}
