// TEMP until kernels land: tiny placeholders behind the names of `objects::num`,
// `objects::fmt` and `objects::table`, so swapping to the real kernels is a deletion.
#![allow(dead_code)]

pub mod num {
    use num_bigint::BigInt;
    use num_integer::Integer;
    use num_traits::{Signed, ToPrimitive, Zero, Pow};

    #[derive(Debug, Clone, PartialEq)]
    pub enum NumError {
        ZeroDivision(String),
        Overflow(String),
        Value(String),
        Type(String),
    }

    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Int {
        Small(i64),
        Big(BigInt),
    }

    impl Int {
        pub fn from_bigint(b: BigInt) -> Int {
            match b.to_i64() {
                Some(i) => Int::Small(i),
                None => Int::Big(b),
            }
        }
        pub fn to_bigint(&self) -> BigInt {
            match self {
                Int::Small(i) => BigInt::from(*i),
                Int::Big(b) => b.clone(),
            }
        }
    }

    macro_rules! arith {
        ($name:ident, $checked:ident, $op:tt) => {
            pub fn $name(a: &Int, b: &Int) -> Int {
                if let (Int::Small(x), Int::Small(y)) = (a, b) {
                    if let Some(r) = x.$checked(*y) {
                        return Int::Small(r);
                    }
                }
                Int::from_bigint(a.to_bigint() $op b.to_bigint())
            }
        };
    }
    arith!(add, checked_add, +);
    arith!(sub, checked_sub, -);
    arith!(mul, checked_mul, *);

    fn zero(b: &Int) -> bool {
        matches!(b, Int::Small(0))
    }

    pub fn floordiv(a: &Int, b: &Int) -> Result<Int, NumError> {
        if zero(b) {
            return Err(NumError::ZeroDivision("integer division or modulo by zero".into()));
        }
        if let (Int::Small(x), Int::Small(y)) = (a, b) {
            if let Some(q) = x.checked_div_euclid(*y) {
                let _ = q;
                return Ok(Int::Small(x.div_floor(y)));
            }
        }
        Ok(Int::from_bigint(a.to_bigint().div_floor(&b.to_bigint())))
    }
    pub fn modulo(a: &Int, b: &Int) -> Result<Int, NumError> {
        if zero(b) {
            return Err(NumError::ZeroDivision("integer division or modulo by zero".into()));
        }
        if let (Int::Small(x), Int::Small(y)) = (a, b) {
            if *y != -1 {
                return Ok(Int::Small(x.mod_floor(y)));
            }
            return Ok(Int::Small(0));
        }
        Ok(Int::from_bigint(a.to_bigint().mod_floor(&b.to_bigint())))
    }
    pub fn divmod(a: &Int, b: &Int) -> Result<(Int, Int), NumError> {
        Ok((floordiv(a, b)?, modulo(a, b)?))
    }
    pub fn true_div(a: &Int, b: &Int) -> Result<f64, NumError> {
        if zero(b) {
            return Err(NumError::ZeroDivision("division by zero".into()));
        }
        Ok(to_f64(a)? / to_f64(b)?)
    }
    pub enum PowResult {
        Int(Int),
        Float(f64),
    }
    pub fn pow(a: &Int, b: &Int) -> Result<PowResult, NumError> {
        let e = b.to_bigint();
        if e.is_negative() {
            let base = to_f64(a)?;
            if base == 0.0 {
                return Err(NumError::ZeroDivision("0.0 cannot be raised to a negative power".into()));
            }
            return Ok(PowResult::Float(base.powf(to_f64(b)?)));
        }
        let e = e.to_u32().ok_or_else(|| NumError::Overflow("exponent too large".into()))?;
        if let Int::Small(x) = a {
            if let Some(r) = x.checked_pow(e) {
                return Ok(PowResult::Int(Int::Small(r)));
            }
        }
        Ok(PowResult::Int(Int::from_bigint(Pow::pow(a.to_bigint(), e))))
    }
    pub fn pow_mod(a: &Int, b: &Int, m: &Int) -> Result<Int, NumError> {
        if zero(m) {
            return Err(NumError::Value("pow() 3rd argument cannot be 0".into()));
        }
        let m = m.to_bigint();
        let r = a.to_bigint().modpow(&b.to_bigint(), &m);
        Ok(Int::from_bigint(r))
    }
    pub fn lshift(a: &Int, b: &Int) -> Result<Int, NumError> {
        let n = b.to_bigint();
        if n.is_negative() {
            return Err(NumError::Value("negative shift count".into()));
        }
        let n = n.to_usize().ok_or_else(|| NumError::Overflow("too many digits in integer".into()))?;
        if let Int::Small(x) = a {
            if n < 63 && (x.abs() >> (62 - n)) == 0 {
                return Ok(Int::Small(x << n));
            }
        }
        Ok(Int::from_bigint(a.to_bigint() << n))
    }
    pub fn rshift(a: &Int, b: &Int) -> Result<Int, NumError> {
        let n = b.to_bigint();
        if n.is_negative() {
            return Err(NumError::Value("negative shift count".into()));
        }
        let n = n.to_usize().unwrap_or(usize::MAX);
        if let Int::Small(x) = a {
            return Ok(Int::Small(if n >= 64 { if *x < 0 { -1 } else { 0 } } else { x >> n }));
        }
        let big = a.to_bigint();
        Ok(Int::from_bigint(big >> n.min(u32::MAX as usize)))
    }
    pub fn bitand(a: &Int, b: &Int) -> Int {
        Int::from_bigint(a.to_bigint() & b.to_bigint())
    }
    pub fn bitor(a: &Int, b: &Int) -> Int {
        Int::from_bigint(a.to_bigint() | b.to_bigint())
    }
    pub fn bitxor(a: &Int, b: &Int) -> Int {
        Int::from_bigint(a.to_bigint() ^ b.to_bigint())
    }
    pub fn invert(a: &Int) -> Int {
        Int::from_bigint(-a.to_bigint() - 1)
    }
    pub fn neg(a: &Int) -> Int {
        Int::from_bigint(-a.to_bigint())
    }
    pub fn abs(a: &Int) -> Int {
        Int::from_bigint(a.to_bigint().abs())
    }
    pub fn to_f64(a: &Int) -> Result<f64, NumError> {
        match a {
            Int::Small(i) => Ok(*i as f64),
            Int::Big(b) => match b.to_f64() {
                Some(f) if f.is_finite() => Ok(f),
                _ => Err(NumError::Overflow("int too large to convert to float".into())),
            },
        }
    }
    pub fn cmp_int_float(a: &Int, f: f64) -> Option<std::cmp::Ordering> {
        to_f64(a).ok()?.partial_cmp(&f)
    }
    pub fn from_f64(f: f64) -> Result<Int, NumError> {
        if f.is_nan() {
            return Err(NumError::Value("cannot convert float NaN to integer".into()));
        }
        if f.is_infinite() {
            return Err(NumError::Overflow("cannot convert float infinity to integer".into()));
        }
        let t = f.trunc();
        if t.abs() < 9.0e18 {
            return Ok(Int::Small(t as i64));
        }
        Ok(Int::from_bigint(num_bigint::BigInt::from(t as i128)))
    }
    pub fn parse_int(s: &str, base: u32) -> Result<Int, NumError> {
        let err = || NumError::Value(format!("invalid literal for int() with base {}: {}", base, super::fmt::repr_str(s)));
        let t = s.trim();
        let (neg, body) = match t.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        let mut radix = base;
        let mut digits = body;
        let lower = body.to_ascii_lowercase();
        for (p, r) in [("0x", 16), ("0o", 8), ("0b", 2)] {
            if lower.starts_with(p) && (base == 0 || base == r) {
                radix = r;
                digits = &body[2..];
            }
        }
        if radix == 0 {
            radix = 10;
        }
        let clean: String = digits.chars().filter(|c| *c != '_').collect();
        if clean.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
            return Err(err());
        }
        let v = BigInt::parse_bytes(clean.as_bytes(), radix).ok_or_else(err)?;
        Ok(Int::from_bigint(if neg { -v } else { v }))
    }
    pub fn to_str_radix(a: &Int, radix: u32) -> String {
        let b = a.to_bigint();
        let body = b.abs().to_str_radix(radix);
        if b.is_negative() { format!("-{}", body) } else { body }
    }
    pub fn to_decimal(a: &Int, _max_digits: usize) -> Result<String, NumError> {
        Ok(match a {
            Int::Small(i) => i.to_string(),
            Int::Big(b) => b.to_string(),
        })
    }
    pub fn bit_length(a: &Int) -> u64 {
        a.to_bigint().bits()
    }
    pub fn float_floordiv(a: f64, b: f64) -> Result<f64, NumError> {
        if b == 0.0 {
            return Err(NumError::ZeroDivision("float floor division by zero".into()));
        }
        Ok(float_divmod_raw(a, b).0)
    }
    pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
        if b == 0.0 {
            return Err(NumError::ZeroDivision("float modulo by zero".into()));
        }
        Ok(float_divmod_raw(a, b).1)
    }
    fn float_divmod_raw(vx: f64, wx: f64) -> (f64, f64) {
        let mut m = vx % wx;
        let mut div = (vx - m) / wx;
        if m != 0.0 {
            if (wx < 0.0) != (m < 0.0) {
                m += wx;
                div -= 1.0;
            }
        } else {
            m = 0.0f64.copysign(wx);
        }
        let floordiv = if div != 0.0 {
            let f = div.floor();
            if div - f > 0.5 { f + 1.0 } else { f }
        } else {
            0.0f64.copysign(vx / wx)
        };
        (floordiv, m)
    }
    pub enum PowFloat {
        Float(f64),
        Complex(f64, f64),
    }
    pub fn float_pow(a: f64, b: f64) -> Result<PowFloat, NumError> {
        if a == 0.0 && b < 0.0 {
            return Err(NumError::ZeroDivision("0.0 cannot be raised to a negative power".into()));
        }
        let r = a.powf(b);
        if r.is_infinite() && a.is_finite() && b.is_finite() {
            return Err(NumError::Overflow("(34, 'Numerical result out of range')".into()));
        }
        Ok(PowFloat::Float(r))
    }
    pub fn float_repr(f: f64) -> String {
        if f.is_nan() {
            return "nan".into();
        }
        if f.is_infinite() {
            return if f > 0.0 { "inf".into() } else { "-inf".into() };
        }
        let s = format!("{:e}", f);
        let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        if (-4..16).contains(&exp) {
            let r = format!("{}", f);
            if r.contains('.') { r } else { format!("{}.0", r) }
        } else {
            let sign = if exp < 0 { "-" } else { "+" };
            format!("{}e{}{:02}", mant, sign, exp.abs())
        }
    }
    pub fn parse_float(s: &str) -> Option<f64> {
        let t = s.trim().replace('_', "");
        match t.to_ascii_lowercase().as_str() {
            "inf" | "+inf" | "infinity" | "+infinity" => Some(f64::INFINITY),
            "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
            "nan" | "+nan" | "-nan" => Some(f64::NAN),
            _ => t.parse().ok(),
        }
    }
    pub fn round_float(x: f64, ndigits: i64) -> f64 {
        let p = 10f64.powi(ndigits as i32);
        let y = x * p;
        let r = y.round();
        let r = if (y - y.trunc()).abs() == 0.5 { 2.0 * (y / 2.0).round() } else { r };
        r / p
    }
    pub fn hash_int(a: &Int) -> i64 {
        const M: i64 = (1 << 61) - 1;
        let h = match a {
            Int::Small(i) => {
                let r = (i.unsigned_abs() % (M as u64)) as i64;
                if *i < 0 { -r } else { r }
            }
            Int::Big(b) => {
                let r = (b.abs() % BigInt::from(M)).to_i64().unwrap_or(0);
                if b.is_negative() { -r } else { r }
            }
        };
        if h == -1 { -2 } else { h }
    }
    pub fn hash_float(f: f64) -> i64 {
        if f.is_nan() {
            return 0;
        }
        if f.is_infinite() {
            return if f > 0.0 { 314159 } else { -314159 };
        }
        if f.fract() == 0.0 && f.abs() < 9.0e18 {
            return hash_int(&Int::Small(f as i64));
        }
        let h = (f.to_bits() ^ (f.to_bits() >> 29)) as i64 & ((1 << 61) - 1);
        if h == -1 { -2 } else { h }
    }
    pub fn hash_tuple(item_hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc: u64 = P5;
        for h in item_hashes {
            acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add((len as u64) ^ (P5 ^ 3527539));
        if acc as i64 == -1 { 1546275796 } else { acc as i64 }
    }
    pub fn hash_str(s: &str) -> i64 {
        let mut h: u64 = 0xcbf29ce484222325;
        for b in s.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        let h = h as i64;
        if h == -1 { -2 } else { h }
    }
    pub fn is_zero(b: &BigInt) -> bool {
        b.is_zero()
    }
}

pub mod fmt {
    pub fn repr_str(s: &str) -> String {
        let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
        let mut out = String::with_capacity(s.len() + 2);
        out.push(quote);
        for c in s.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c == quote => {
                    out.push('\\');
                    out.push(c);
                }
                c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push(quote);
        out
    }
    pub fn repr_bytes(b: &[u8], class_name: &str) -> String {
        let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
        let mut out = String::from("b");
        out.push(quote);
        for &c in b {
            match c {
                b'\\' => out.push_str("\\\\"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\t' => out.push_str("\\t"),
                c if c as char == quote => {
                    out.push('\\');
                    out.push(c as char);
                }
                32..=126 => out.push(c as char),
                c => out.push_str(&format!("\\x{:02x}", c)),
            }
        }
        out.push(quote);
        if class_name == "bytes" { out } else { format!("{}({})", class_name, out) }
    }
}

pub mod table {
    use hashbrown::HashTable;

    /// Insertion-ordered hash table whose lookups the caller drives (see `objects::dict`).
    #[derive(Clone, Default)]
    pub struct DictTable<K: Clone, V: Clone> {
        entries: Vec<Option<(i64, K, V)>>,
        index: HashTable<usize>,
        len: usize,
        version: u64,
    }

    pub struct Probe {
        candidates: Vec<usize>,
        pos: usize,
    }

    impl<K: Clone, V: Clone> DictTable<K, V> {
        pub fn new() -> Self {
            DictTable { entries: Vec::new(), index: HashTable::new(), len: 0, version: 0 }
        }
        pub fn len(&self) -> usize {
            self.len
        }
        pub fn is_empty(&self) -> bool {
            self.len == 0
        }
        pub fn version(&self) -> u64 {
            self.version
        }
        pub fn probe(&self, hash: i64) -> Probe {
            let candidates = self
                .index
                .iter_hash(hash as u64)
                .copied()
                .filter(|&i| matches!(self.entries.get(i), Some(Some((h, _, _))) if *h == hash))
                .collect();
            Probe { candidates, pos: 0 }
        }
        pub fn next_candidate(&self, probe: &mut Probe) -> Option<usize> {
            let r = probe.candidates.get(probe.pos).copied();
            probe.pos += 1;
            r
        }
        pub fn entry(&self, index: usize) -> Option<(&K, &V)> {
            match self.entries.get(index) {
                Some(Some((_, k, v))) => Some((k, v)),
                _ => None,
            }
        }
        pub fn insert_new(&mut self, hash: i64, key: K, value: V) {
            let i = self.entries.len();
            self.entries.push(Some((hash, key, value)));
            let entries = &self.entries;
            self.index.insert_unique(hash as u64, i, |&j| match &entries[j] {
                Some((h, _, _)) => *h as u64,
                None => 0,
            });
            self.len += 1;
            self.version += 1;
        }
        pub fn set_value(&mut self, index: usize, value: V) -> V {
            match self.entries.get_mut(index) {
                Some(Some((_, _, v))) => std::mem::replace(v, value),
                _ => value,
            }
        }
        pub fn remove_at(&mut self, index: usize) -> Option<(K, V)> {
            let (h, k, v) = self.entries.get_mut(index)?.take()?;
            if let Ok(e) = self.index.find_entry(h as u64, |&j| j == index) {
                e.remove();
            }
            self.len -= 1;
            self.version += 1;
            if self.len == 0 {
                self.entries.clear();
                self.index.clear();
            }
            Some((k, v))
        }
        pub fn clear(&mut self) {
            self.entries.clear();
            self.index.clear();
            self.len = 0;
            self.version += 1;
        }
        pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
            self.entries.iter().filter_map(|e| e.as_ref().map(|(_, k, v)| (k, v)))
        }
        pub fn iter_with_hash(&self) -> impl Iterator<Item = (i64, &K, &V)> {
            self.entries.iter().filter_map(|e| e.as_ref().map(|(h, k, v)| (*h, k, v)))
        }
        pub fn entry_at_position(&self, mut pos: usize) -> Option<(usize, &K, &V)> {
            while pos < self.entries.len() {
                if let Some((_, k, v)) = &self.entries[pos] {
                    return Some((pos + 1, k, v));
                }
                pos += 1;
            }
            None
        }
        pub fn popitem(&mut self) -> Option<(K, V)> {
            let idx = self.entries.iter().rposition(|e| e.is_some())?;
            self.remove_at(idx)
        }
    }
}
