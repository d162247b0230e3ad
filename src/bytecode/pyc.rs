//! The pyc cache: `__pycache__/<name>.minipy-<N>.pyc` beside a module's source.
//!
//! Header (little-endian): magic u32, flags u32, source mtime in nanoseconds u64,
//! source size u64, FNV-1a checksum of the body u64; then the marshalled code object.
//! A file is used only when magic, mtime and size match and the body checks out;
//! anything else (truncated, garbage, foreign or future magic) is silently ignored and
//! rewritten. Writes go to a temporary file in the same directory and are renamed into
//! place, so concurrent importers never see half a file.

use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::UNIX_EPOCH;

use super::code::CodeObject;
use super::marshal;
use super::opcode::Opcode;

const HEADER_LEN: usize = 32;

/// `N` in the cache file name; the magic also covers the marshal version and the opcode table.
pub fn cache_tag() -> String {
    format!("minipy-{}", marshal::MARSHAL_VERSION)
}

/// FNV-1a style, over 8-byte words so checking a large body costs little.
fn fnv1a(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ data.len() as u64;
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        h ^= u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = h.wrapping_mul(0x0100_0000_01b3).rotate_left(29);
    }
    for &b in chunks.remainder() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Changes whenever the marshal format version or any opcode's name or number changes.
pub fn magic() -> u32 {
    static MAGIC: OnceLock<u32> = OnceLock::new();
    *MAGIC.get_or_init(|| {
        let mut text = format!("minipy-pyc/{}", marshal::MARSHAL_VERSION);
        for op in Opcode::ALL {
            text.push_str(&format!(";{}={}", op.name(), *op as u8));
        }
        let h = fnv1a(text.as_bytes());
        (h ^ (h >> 32)) as u32
    })
}

/// What the header records about the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceStamp {
    pub mtime_ns: u64,
    pub size: u64,
}

impl SourceStamp {
    pub fn of(meta: &std::fs::Metadata) -> SourceStamp {
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
        SourceStamp { mtime_ns, size: meta.len() }
    }
}

/// `dir/__pycache__/stem.minipy-N.pyc` for `dir/stem.py`; `stem.minipy-N.opt-1.pyc` under
/// `-O` (`opt-2` under `-OO`), as CPython names them, so optimised code never mixes in.
pub fn cache_path(source: &Path) -> Option<PathBuf> {
    let stem = source.file_stem()?.to_str()?;
    let dir = source.parent()?;
    let opt = match crate::compiler::optimize_level() {
        0 => String::new(),
        n => format!(".opt-{n}"),
    };
    Some(dir.join("__pycache__").join(format!("{stem}.{}{opt}.pyc", cache_tag())))
}

pub fn encode(code: &CodeObject, stamp: SourceStamp) -> Vec<u8> {
    let body = marshal::dumps(code);
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(&magic().to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&stamp.mtime_ns.to_le_bytes());
    out.extend_from_slice(&stamp.size.to_le_bytes());
    out.extend_from_slice(&fnv1a(&body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// The code object in `data` if it is a valid cache entry for a source with `stamp`.
pub fn decode(data: &[u8], stamp: SourceStamp) -> Option<Rc<CodeObject>> {
    let header = data.get(..HEADER_LEN)?;
    let word = |i: usize| u64::from_le_bytes(header[i..i + 8].try_into().unwrap_or([0; 8]));
    let magic_ok = header[..4] == magic().to_le_bytes();
    let flags_ok = header[4..8] == [0; 4];
    if !magic_ok || !flags_ok || word(8) != stamp.mtime_ns || word(16) != stamp.size {
        return None;
    }
    let body = &data[HEADER_LEN..];
    if fnv1a(body) != word(24) {
        return None;
    }
    marshal::loads(body)
}

/// Read the cache for `source` (whose metadata gave `stamp`); None when absent or stale.
pub fn read(source: &Path, stamp: SourceStamp) -> Option<Rc<CodeObject>> {
    let data = std::fs::read(cache_path(source)?).ok()?;
    decode(&data, stamp)
}

/// Write the cache for `source`. Failures (read-only directory, full disk) only mean
/// there is no cache; the temporary file is removed if the rename does not happen.
pub fn write(source: &Path, code: &CodeObject, stamp: SourceStamp) -> bool {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let Some(target) = cache_path(source) else { return false };
    let Some(dir) = target.parent() else { return false };
    if std::fs::create_dir_all(dir).is_err() {
        return false;
    }
    let unique = COUNTER.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(
        ".{}.{}.{}.tmp",
        target.file_name().and_then(|n| n.to_str()).unwrap_or("x.pyc"),
        std::process::id(),
        unique
    ));
    let data = encode(code, stamp);
    if std::fs::write(&tmp, &data).is_err() || std::fs::rename(&tmp, &target).is_err() {
        let _ = std::fs::remove_file(&tmp);
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_must_match_the_source() {
        let code = crate::compiler::compile_source("x = 1\n", crate::ast::Mode::Exec, "m.py").expect("compiles");
        let stamp = SourceStamp { mtime_ns: 1_700_000_000_123_456_789, size: 6 };
        let data = encode(&code, stamp);
        assert!(decode(&data, stamp).is_some());
        assert!(decode(&data, SourceStamp { mtime_ns: stamp.mtime_ns + 1, ..stamp }).is_none());
        assert!(decode(&data, SourceStamp { size: 7, ..stamp }).is_none());
        let mut foreign = data.clone();
        foreign[0] ^= 1;
        assert!(decode(&foreign, stamp).is_none());
        let mut flipped = data.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 0x55;
        assert!(decode(&flipped, stamp).is_none());
        for cut in 0..data.len() {
            assert!(decode(&data[..cut], stamp).is_none());
        }
    }
}

/// `cargo test --release --lib pyc_speed -- --ignored --nocapture` prints compile vs
/// cache-load time for a generated 2,000-line module (the figure in ARCHITECTURE.md).
#[cfg(test)]
mod speed {
    use super::*;

    #[test]
    #[ignore]
    fn pyc_speed() {
        let mut src = String::new();
        let mut i = 0;
        while src.lines().count() < 1990 {
            src.push_str(&format!(
                "def f{i}(a, b=2, *args, **kw):\n    x = [a * k for k in range(b) if k % 3]\n    try:\n        d = {{'k{i}': a, 'v': (1, 2.5, 'text{i}')}}\n    except (KeyError, ValueError) as e:\n        return str(e)\n    return x, d, f'{{a!r:>10}}'\nclass C{i}:\n    attr = {i}\n    def m(self, y):\n        return self.attr + y if y else None\n\n"
            ));
            i += 1;
        }
        let lines = src.lines().count();
        let t = std::time::Instant::now();
        let code = crate::compiler::compile_source(&src, crate::ast::Mode::Exec, "big.py").expect("compiles");
        let compile = t.elapsed();
        let stamp = SourceStamp { mtime_ns: 1, size: src.len() as u64 };
        let data = encode(&code, stamp);
        let t = std::time::Instant::now();
        for _ in 0..10 {
            assert!(decode(&data, stamp).is_some());
        }
        let load = t.elapsed() / 10;
        eprintln!(
            "{lines} lines: compile {:?}, load from cache {:?} ({} bytes): {:.1}x",
            compile,
            load,
            data.len(),
            compile.as_secs_f64() / load.as_secs_f64()
        );
    }
}
