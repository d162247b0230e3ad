//! Rough timings of the kernels' hot paths (run with
//! `cargo test --release --test kernels_bench -- --ignored --nocapture`).

use minipy::objects::num::{self, Int};
use minipy::objects::table::{DictTable, SetTable};
use std::hint::black_box;
use std::time::Instant;

fn time(name: &str, n: usize, f: impl FnOnce()) {
    let t = Instant::now();
    f();
    let ns = t.elapsed().as_nanos() as f64 / n as f64;
    eprintln!("{name:<28} {ns:8.1} ns/op");
}

#[test]
#[ignore]
fn bench_hot_paths() {
    const N: usize = 2_000_000;
    time("int add (small)", N, || {
        let mut acc = Int::Small(0);
        for i in 0..N as i64 {
            acc = num::add(&acc, black_box(&Int::Small(i & 7)));
        }
        black_box(acc);
    });
    time("int floordiv+mod (small)", N, || {
        let mut s = 0i64;
        for i in 1..=N as i64 {
            let a = Int::Small(i * 7919);
            let b = Int::Small(-(i % 97) - 1);
            if let (Ok(Int::Small(q)), Ok(Int::Small(r))) = (num::floordiv(&a, &b), num::modulo(&a, &b)) {
                s = s.wrapping_add(q ^ r);
            }
        }
        black_box(s);
    });
    time("dict insert (int keys)", N, || {
        let mut d: DictTable<i64, i64> = DictTable::new();
        for k in 0..N as i64 {
            let h = num::hash_int(&Int::Small(k));
            if d.find(h, |x| *x == k).is_none() {
                d.insert_new(h, k, k);
            }
        }
        black_box(d.len());
    });
    let mut d: DictTable<i64, i64> = DictTable::new();
    for k in 0..100_000i64 {
        d.insert_new(num::hash_int(&Int::Small(k)), k, k);
    }
    time("dict lookup hit (int keys)", N, || {
        let mut s = 0;
        for i in 0..N as i64 {
            let k = i % 100_000;
            if let Some(ix) = d.find(num::hash_int(&Int::Small(k)), |x| *x == k) {
                s += *d.entry(ix).map(|e| e.1).unwrap_or(&0);
            }
        }
        black_box(s);
    });
    time("set add (int keys)", N, || {
        let mut t: SetTable<i64> = SetTable::new();
        for k in 0..N as i64 {
            let h = num::hash_int(&Int::Small(k));
            if t.find(h, |x| *x == k).is_none() {
                t.insert_new(h, k);
            }
        }
        black_box(t.len());
    });
    time("hash_str (12 chars)", N, || {
        let mut s = 0i64;
        for i in 0..N {
            s ^= num::hash_str(black_box(if i & 1 == 0 { "hello_world!" } else { "another_name" }));
        }
        black_box(s);
    });
    time("float_repr", N / 4, || {
        for i in 0..N / 4 {
            black_box(num::float_repr(i as f64 * 0.37));
        }
    });
    time("to_decimal (small int)", N, || {
        for i in 0..N as i64 {
            black_box(num::to_decimal(&Int::Small(i * 12345), 4300).ok());
        }
    });
}
