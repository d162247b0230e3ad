fn main() {
    eprintln!("minipy: not yet wired");
    std::process::exit(2);
}
