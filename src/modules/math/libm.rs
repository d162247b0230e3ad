//! The platform C library's math functions, which CPython 3.11 calls directly. Rust's
//! own implementations of some (cbrt, for one) differ in the last bit, so minipy calls
//! the same libm to print exactly what python3 prints.

mod ffi {
    unsafe extern "C" {
        pub fn acos(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn frexp(x: f64, e: *mut i32) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn sin(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
    }
}

// SAFETY (every wrapper below): these libm functions read only their double arguments
// and are defined for every input (NaN and infinities included); the one pointer passed
// (frexp's exponent) is to a local that outlives the call.
macro_rules! wrap1 {
    ($($f:ident)*) => { $( pub fn $f(x: f64) -> f64 { unsafe { ffi::$f(x) } } )* };
}
macro_rules! wrap2 {
    ($($f:ident)*) => { $( pub fn $f(x: f64, y: f64) -> f64 { unsafe { ffi::$f(x, y) } } )* };
}
wrap1!(acos acosh asin asinh atan atanh cos cosh erf erfc exp exp2 expm1 log log10 log1p log2 sin sinh tan tanh);
wrap2!(atan2 fmod nextafter pow);

pub fn ldexp(x: f64, e: i32) -> f64 {
    unsafe { ffi::ldexp(x, e) }
}

pub fn frexp(x: f64) -> (f64, i32) {
    let mut e = 0i32;
    let m = unsafe { ffi::frexp(x, &mut e) };
    (m, e)
}

/// cbrt from the C library. Rust's runtime links its own `cbrt` ahead of glibc's, and the
/// two differ in the last bit (cbrt(27.0)), so glibc's is looked up by name at run time.
pub fn cbrt(x: f64) -> f64 {
    use std::sync::OnceLock;
    type F = unsafe extern "C" fn(f64) -> f64;
    static CBRT: OnceLock<Option<F>> = OnceLock::new();
    unsafe extern "C" {
        fn dlopen(name: *const std::ffi::c_char, flags: i32) -> *mut std::ffi::c_void;
        fn dlsym(handle: *mut std::ffi::c_void, name: *const std::ffi::c_char) -> *mut std::ffi::c_void;
    }
    let f = CBRT.get_or_init(|| {
        // SAFETY: both names are NUL-terminated literals; a non-null dlsym result for
        // "cbrt" in libm is the address of `double cbrt(double)`, which has type F.
        unsafe {
            let h = dlopen(c"libm.so.6".as_ptr(), 1);
            if h.is_null() {
                return None;
            }
            let p = dlsym(h, c"cbrt".as_ptr());
            if p.is_null() { None } else { Some(std::mem::transmute::<*mut std::ffi::c_void, F>(p)) }
        }
    });
    match f {
        // SAFETY: libm's cbrt is defined for every double.
        Some(f) => unsafe { f(x) },
        None => x.cbrt(),
    }
}
