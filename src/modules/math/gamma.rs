//! gamma and lgamma as CPython computes them (its own Lanczos approximation, N=13,
//! g=6.0246800407767296, as a rational function), so results agree with python3 to the
//! last bit rather than with the platform's tgamma/lgamma. `Err(())` is a pole (domain error).

use super::libm as m;

const G: f64 = 6.024680040776729583740234375;
const G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
// x*(x+1)*...*(x+11), by coefficient.
const DEN: [f64; 13] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
];
const PI: f64 = std::f64::consts::PI;
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// The Lanczos sum for x > 0; in 1/x above 5 so large x cannot overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + NUM[i];
            den = den * x + DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + NUM[i];
            den = den / x + DEN[i];
        }
    }
    num / den
}

/// sin(pi * x) for finite x, exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    let y = m::fmod(x.abs(), 2.0);
    let r = match (2.0 * y).round() as i32 {
        0 => m::sin(PI * y),
        1 => m::cos(PI * (y - 0.5)),
        2 => m::sin(PI * (1.0 - y)),
        3 => -m::cos(PI * (y - 1.5)),
        _ => m::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

pub fn gamma(x: f64) -> Result<f64, ()> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { Ok(x) } else { Err(()) };
    }
    if x == 0.0 {
        return Err(());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(());
        }
        if x <= 23.0 {
            let mut f = 1.0f64;
            for k in 2..(x as i64) {
                f *= k as f64;
            }
            return Ok(f);
        }
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return Ok(1.0 / x);
    }
    if ax > 200.0 {
        return Ok(if x < 0.0 { 0.0 / sinpi(x) } else { f64::INFINITY });
    }
    let y = ax + G_MINUS_HALF;
    // The rounding error of y, to correct pow/exp below.
    let err = if ax > G_MINUS_HALF { (y - ax) - G_MINUS_HALF } else { (y - G_MINUS_HALF) - ax };
    let z = err * G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(ax) / ax * m::exp(y) / lanczos_sum(ax);
        r -= z * r;
        if ax < 140.0 {
            r /= m::pow(y, ax - 0.5);
        } else {
            let half = m::pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / m::exp(y);
        r += z * r;
        if ax < 140.0 {
            r *= m::pow(y, ax - 0.5);
        } else {
            let half = m::pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    Ok(r)
}

pub fn lgamma(x: f64) -> Result<f64, ()> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(()) } else { Ok(0.0) };
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return Ok(-m::log(ax));
    }
    let mut r = m::log(lanczos_sum(ax)) - G;
    r += (ax - 0.5) * (m::log(ax + G - 0.5) - 1.0);
    if x < 0.0 {
        // Reflection formula.
        r = LOG_PI - m::log(sinpi(ax).abs()) - m::log(ax) - r;
    }
    Ok(r)
}
