//! The C library functions that Rust's std lacks and that CPython 3.11 takes from libm
//! (erf, erfc, tgamma, lgamma, ldexp, frexp, nextafter): calling the same libm gives
//! bit-identical results to python3 on this platform.

unsafe extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn tgamma(x: f64) -> f64;
    fn lgamma_r(x: f64, sign: *mut i32) -> f64;
    fn ldexp(x: f64, e: i32) -> f64;
    fn frexp(x: f64, e: *mut i32) -> f64;
    fn nextafter(x: f64, y: f64) -> f64;
}

// SAFETY (all wrappers below): these libm functions are pure over plain doubles; the only
// pointers passed are to locals that live for the call.
pub fn c_erf(x: f64) -> f64 {
    unsafe { erf(x) }
}
pub fn c_erfc(x: f64) -> f64 {
    unsafe { erfc(x) }
}
pub fn c_tgamma(x: f64) -> f64 {
    unsafe { tgamma(x) }
}
pub fn c_lgamma(x: f64) -> f64 {
    let mut sign = 0i32;
    unsafe { lgamma_r(x, &mut sign) }
}
pub fn c_ldexp(x: f64, e: i32) -> f64 {
    unsafe { ldexp(x, e) }
}
pub fn c_frexp(x: f64) -> (f64, i32) {
    let mut e = 0i32;
    let m = unsafe { frexp(x, &mut e) };
    (m, e)
}
pub fn c_nextafter(x: f64, y: f64) -> f64 {
    unsafe { nextafter(x, y) }
}
