//! `time`: the OS-facing primitives (clocks, an interruptible sleep, the C library's
//! local-time conversions) are native; the module's interface (argument checks,
//! struct_time, asctime/strftime formatting) is written in Python in `time.py`, which runs
//! with the primitives in its namespace. Only CPython's public names are exported.

use crate::objects::heap::ObjRef;
use crate::objects::payload::NativeFn;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

const SOURCE: &str = include_str!("time.py");

/// `dir(time)` without underscore names, as CPython 3.11 on Linux.
const EXPORTS: &[&str] = &[
    "CLOCK_BOOTTIME", "CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW", "CLOCK_PROCESS_CPUTIME_ID",
    "CLOCK_REALTIME", "CLOCK_TAI", "CLOCK_THREAD_CPUTIME_ID", "altzone", "asctime",
    "clock_getres", "clock_gettime", "clock_gettime_ns", "clock_settime", "clock_settime_ns",
    "pthread_getcpuclockid", "ctime", "daylight", "get_clock_info",
    "gmtime", "localtime", "mktime", "monotonic", "monotonic_ns", "perf_counter",
    "perf_counter_ns", "process_time", "process_time_ns", "sleep", "strftime", "strptime",
    "struct_time", "thread_time", "thread_time_ns", "time", "time_ns", "timezone", "tzname",
    "tzset",
];

const PRIMITIVES: &[(&str, NativeFn)] = &[
    ("_clock_ns", clock_ns),
    ("_clock_res", clock_res),
    ("_sleep", sleep),
    ("_convert", convert),
    ("_mktime", mktime),
    ("_tzset", tz_reset),
    ("_clock_set", clock_set),
    ("_cpuclockid", cpuclockid),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let code = super::native_body::body_code(vm, "time", SOURCE)?;
    let private = crate::objects::module::new_module(vm, "time");
    let Some(ns) = private.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    super::native_body::add_primitives(vm, &ns, PRIMITIVES)?;
    vm.run_code(code, ns.clone(), None)?;
    let module = crate::objects::module::new_module(vm, "time");
    let Some(out) = module.dict.clone() else { return Err(vm.runtime_error("module without a namespace")) };
    for name in EXPORTS {
        if let Some(v) = crate::objects::dict::get_str(&ns, name) {
            crate::objects::dict::set_str(vm, &out, name, v)?;
        }
    }
    let doc = crate::objects::dict::get_str(&ns, "__doc__").unwrap_or(Value::None);
    crate::objects::dict::set_str(vm, &out, "__doc__", doc)?;
    let key = vm.new_str("__builtins__");
    crate::objects::dict::del_item_opt(vm, &out, &key)?;
    Ok(module)
}

/// OSError(errno, strerror) for the C library's last error.
fn errno_error(vm: &mut Vm) -> crate::vm::PyErr {
    let e = std::io::Error::last_os_error();
    let code = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or("").to_string();
    let args = vm.new_tuple(vec![Value::Int(code as i64), vm.new_str(&text)]);
    let ty = vm.interp.exc.os_error.clone();
    vm.new_exception(&ty, args)
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    match crate::objects::int::as_int(&args.at(i)).and_then(|n| n.to_i64()) {
        Some(n) => Ok(n),
        None => Err(vm.overflow_error("timestamp out of range for platform time_t")),
    }
}

fn timespec(vm: &mut Vm, clk: i64) -> PyResult<libc::timespec> {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
    let rc = unsafe { libc::clock_gettime(clk as libc::clockid_t, &mut ts) };
    if rc != 0 {
        return Err(errno_error(vm));
    }
    Ok(ts)
}

/// `_clock_ns(clk_id)`: clock_gettime in integer nanoseconds.
fn clock_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let clk = int_arg(vm, &args, 0)?;
    let ts = timespec(vm, clk)?;
    let ns = (ts.tv_sec as i128) * 1_000_000_000 + ts.tv_nsec as i128;
    Ok(vm.new_bigint(num_bigint::BigInt::from(ns)))
}

/// `_clock_set(clk_id, ns)`: clock_settime from integer nanoseconds.
fn clock_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let clk = int_arg(vm, &args, 0)?;
    let ns = int_arg(vm, &args, 1)?;
    let ts = libc::timespec { tv_sec: ns.div_euclid(1_000_000_000), tv_nsec: ns.rem_euclid(1_000_000_000) };
    // SAFETY: `ts` is a valid timespec for the duration of the call.
    if unsafe { libc::clock_settime(clk as libc::clockid_t, &ts) } != 0 {
        return Err(errno_error(vm));
    }
    Ok(Value::None)
}

/// `_cpuclockid(thread_ident)`: the CPU-time clock of a thread of this process.
fn cpuclockid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ident = match crate::objects::int::as_int(&args.at(0)).and_then(|n| n.to_bigint().try_into().ok()) {
        Some(n) => n,
        None => return Err(vm.overflow_error("Python int too large to convert to C unsigned long")),
    };
    let ident: u64 = ident;
    let mut clk: libc::clockid_t = 0;
    // SAFETY: the ident names a live thread of this process (the caller's, or one the
    // program got from threading), and `clk` is writable for the call.
    let rc = unsafe { libc::pthread_getcpuclockid(ident as libc::pthread_t, &mut clk) };
    if rc != 0 {
        let args = vm.new_tuple(vec![Value::Int(rc as i64), vm.new_str(&crate::objects::exc_oserror::strerror(rc))]);
        let ty = vm.interp.exc.os_error.clone();
        return Err(vm.new_exception(&ty, args));
    }
    Ok(Value::Int(clk as i64))
}

/// `_clock_res(clk_id)`: clock_getres in seconds.
fn clock_res(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let clk = int_arg(vm, &args, 0)?;
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call.
    let rc = unsafe { libc::clock_getres(clk as libc::clockid_t, &mut ts) };
    if rc != 0 {
        return Err(errno_error(vm));
    }
    Ok(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

/// `_sleep(secs)`: a timed wait without the GIL, cut short by an interrupt of the main
/// thread (`_thread.interrupt_main`, and signals when they land).
fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = crate::objects::float::as_f64(&args.at(0)).unwrap_or(0.0);
    if !(secs > 0.0) {
        // sleep(0) lets a waiting thread run, as CPython's does.
        crate::vm::gil::yield_gil();
        return Ok(Value::None);
    }
    let Ok(total) = std::time::Duration::try_from_secs_f64(secs) else {
        return Err(vm.overflow_error("sleep length is too large"));
    };
    // Other threads run while this one sleeps; an interrupt of the main thread ends it.
    // A signal runs its handler and the sleep goes on (PEP 475) unless the handler raised.
    let deadline = std::time::Instant::now() + total;
    while !crate::vm::gil::allow_threads(move || crate::vm::gil::sleep_until(deadline)) {
        vm.check_signals()?;
    }
    Ok(Value::None)
}

/// `_convert(secs, utc)`: localtime_r/gmtime_r as a tuple of the nine struct_time fields
/// (CPython's numbering: month 1-12, Monday = 0, yday 1-366) plus tm_zone and tm_gmtoff.
fn convert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let secs = int_arg(vm, &args, 0)?;
    let utc = matches!(args.at(1), Value::Bool(true));
    let t: libc::time_t = secs as libc::time_t;
    // SAFETY: all-zero bytes are a valid `tm` (its pointer field becomes null).
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: `t` and `tm` are valid for the call; the _r variants keep no shared state.
    let ok = unsafe {
        if utc {
            !libc::gmtime_r(&t, &mut tm).is_null()
        } else {
            !libc::localtime_r(&t, &mut tm).is_null()
        }
    };
    if !ok {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    let zone = if tm.tm_zone.is_null() {
        String::from("UTC")
    } else {
        // SAFETY: a non-null tm_zone points at a NUL-terminated string owned by the C library.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
    };
    let fields = vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        vm.new_str(&zone),
        Value::Int(tm.tm_gmtoff as i64),
    ];
    Ok(vm.new_tuple(fields))
}

/// `_mktime(year, mon, mday, hour, min, sec, wday, yday, isdst)`: the C library's mktime.
fn mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut f = [0i64; 9];
    for (i, slot) in f.iter_mut().enumerate() {
        *slot = int_arg(vm, &args, i)?;
    }
    let narrow = |v: i64| i32::try_from(v).ok();
    let (Some(year), Some(mon), Some(mday), Some(hour), Some(min), Some(sec), Some(isdst)) = (
        narrow(f[0] - 1900),
        narrow(f[1] - 1),
        narrow(f[2]),
        narrow(f[3]),
        narrow(f[4]),
        narrow(f[5]),
        narrow(f[8]),
    ) else {
        return Err(vm.overflow_error("mktime argument out of range"));
    };
    // SAFETY: all-zero bytes are a valid `tm`.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = year;
    tm.tm_mon = mon;
    tm.tm_mday = mday;
    tm.tm_hour = hour;
    tm.tm_min = min;
    tm.tm_sec = sec;
    tm.tm_isdst = isdst;
    // mktime reports failure as -1 and leaves tm_wday untouched, so a sentinel tells a
    // real -1 (one second before the epoch) from an error, as CPython does.
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid, writable struct for the call.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

unsafe extern "C" {
    fn tzset();
}

/// `_tzset()`: re-read TZ.
fn tz_reset(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // SAFETY: tzset only updates the C library's own timezone globals.
    unsafe { tzset() };
    Ok(Value::None)
}
