//! `posix`, identity and scheduling family: user and group ids, supplementary groups,
//! priorities, and the scheduler calls.

use super::int_at;
use super::posix::last_err;
use crate::objects::payload::NativeFn;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub const FNS: &[(&str, NativeFn)] = &[
    ("setuid", setuid),
    ("setgid", setgid),
    ("seteuid", seteuid),
    ("setegid", setegid),
    ("setreuid", setreuid),
    ("setregid", setregid),
    ("setresuid", setresuid),
    ("setresgid", setresgid),
    ("getresuid", getresuid),
    ("getresgid", getresgid),
    ("getgroups", getgroups),
    ("setgroups", setgroups),
    ("getgrouplist", getgrouplist),
    ("initgroups", initgroups),
    ("getpriority", getpriority),
    ("setpriority", setpriority),
    ("nice", nice),
    ("sched_yield", sched_yield),
    ("sched_get_priority_max", sched_get_priority_max),
    ("sched_get_priority_min", sched_get_priority_min),
    ("sched_getscheduler", sched_getscheduler),
    ("sched_setscheduler", sched_setscheduler),
    ("sched_getparam", sched_getparam),
    ("sched_setparam", sched_setparam),
    ("sched_rr_get_interval", sched_rr_get_interval),
    ("sched_getaffinity", sched_getaffinity),
    ("sched_setaffinity", sched_setaffinity),
];

/// Positional ints `0..n` of a call taking exactly `n` arguments.
fn ints<const N: usize>(vm: &mut Vm, a: &Args, name: &str) -> PyResult<[i64; N]> {
    a.check(vm, name, N, N)?;
    let mut out = [0i64; N];
    for (i, slot) in out.iter_mut().enumerate() {
        *slot = int_at(vm, a, i)?;
    }
    Ok(out)
}

/// A uid/gid argument: -1 means "unchanged" and passes through as the all-ones id.
fn id(v: i64) -> u32 {
    v as u32
}

fn unit(vm: &mut Vm, r: libc::c_int) -> PyResult<Value> {
    if r != 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::None)
}

fn setuid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [u] = ints::<1>(vm, &a, "setuid")?;
    // SAFETY: plain integer.
    unit(vm, unsafe { libc::setuid(id(u)) })
}

fn setgid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [g] = ints::<1>(vm, &a, "setgid")?;
    // SAFETY: plain integer.
    unit(vm, unsafe { libc::setgid(id(g)) })
}

fn seteuid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [u] = ints::<1>(vm, &a, "seteuid")?;
    // SAFETY: plain integer.
    unit(vm, unsafe { libc::seteuid(id(u)) })
}

fn setegid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [g] = ints::<1>(vm, &a, "setegid")?;
    // SAFETY: plain integer.
    unit(vm, unsafe { libc::setegid(id(g)) })
}

fn setreuid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [r, e] = ints::<2>(vm, &a, "setreuid")?;
    // SAFETY: plain integers.
    unit(vm, unsafe { libc::setreuid(id(r), id(e)) })
}

fn setregid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [r, e] = ints::<2>(vm, &a, "setregid")?;
    // SAFETY: plain integers.
    unit(vm, unsafe { libc::setregid(id(r), id(e)) })
}

fn setresuid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [r, e, s] = ints::<3>(vm, &a, "setresuid")?;
    // SAFETY: plain integers.
    unit(vm, unsafe { libc::setresuid(id(r), id(e), id(s)) })
}

fn setresgid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [r, e, s] = ints::<3>(vm, &a, "setresgid")?;
    // SAFETY: plain integers.
    unit(vm, unsafe { libc::setresgid(id(r), id(e), id(s)) })
}

fn triple(vm: &mut Vm, ids: [u32; 3]) -> Value {
    vm.new_tuple(ids.iter().map(|i| Value::Int(*i as i64)).collect())
}

fn getresuid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getresuid", 0, 0)?;
    let mut ids = [0u32; 3];
    let [r, e, s] = &mut ids;
    // SAFETY: three valid places for the call to write.
    if unsafe { libc::getresuid(r, e, s) } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(triple(vm, ids))
}

fn getresgid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getresgid", 0, 0)?;
    let mut ids = [0u32; 3];
    let [r, e, s] = &mut ids;
    // SAFETY: three valid places for the call to write.
    if unsafe { libc::getresgid(r, e, s) } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(triple(vm, ids))
}

fn getgroups(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getgroups", 0, 0)?;
    // SAFETY: a zero count only asks for the number of groups.
    let n = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    if n < 0 {
        return Err(last_err(vm, None));
    }
    let mut groups = vec![0 as libc::gid_t; n as usize];
    // SAFETY: `groups` has room for `n` ids.
    let n = unsafe { libc::getgroups(n, groups.as_mut_ptr()) };
    if n < 0 {
        return Err(last_err(vm, None));
    }
    groups.truncate(n as usize);
    Ok(vm.new_list(groups.iter().map(|g| Value::Int(*g as i64)).collect()))
}

fn setgroups(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "setgroups", 1, 1)?;
    let items = vm.collect_iterable(&a.at(0))?;
    let mut groups = Vec::with_capacity(items.len());
    for it in &items {
        let n = crate::modules::math::arg_index(vm, it)?;
        groups.push(n.to_i64().ok_or_else(|| vm.overflow_error("gid is too large"))? as libc::gid_t);
    }
    // SAFETY: `groups` holds `len` ids.
    unit(vm, unsafe { libc::setgroups(groups.len(), groups.as_ptr()) })
}

fn user_cstr(vm: &mut Vm, v: &Value) -> PyResult<std::ffi::CString> {
    let s = match crate::objects::str::as_pystr(v) {
        Some(s) => s.to_lossy().into_owned(),
        None => return Err(vm.type_error(format!("str expected, not {}", vm.type_name(v)))),
    };
    std::ffi::CString::new(s).map_err(|_| vm.value_error("embedded null character"))
}

fn getgrouplist(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getgrouplist", 2, 2)?;
    let user = user_cstr(vm, &a.at(0))?;
    let base = int_at(vm, &a, 1)? as libc::gid_t;
    let mut n: libc::c_int = 64;
    loop {
        let mut groups = vec![0 as libc::gid_t; n as usize];
        let mut count = n;
        // SAFETY: `groups` has room for `count` ids; `user` is a valid C string.
        let r = unsafe { libc::getgrouplist(user.as_ptr(), base, groups.as_mut_ptr(), &mut count) };
        if r >= 0 {
            groups.truncate(count.max(0) as usize);
            return Ok(vm.new_list(groups.iter().map(|g| Value::Int(*g as i64)).collect()));
        }
        if n > 65536 {
            return Err(last_err(vm, None));
        }
        n = count.max(n * 2);
    }
}

fn initgroups(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "initgroups", 2, 2)?;
    let user = user_cstr(vm, &a.at(0))?;
    let base = int_at(vm, &a, 1)? as libc::gid_t;
    // SAFETY: a valid C string and a plain integer.
    unit(vm, unsafe { libc::initgroups(user.as_ptr(), base) })
}

/// Calls that may legitimately return -1 report failure through errno only.
fn with_errno<T>(f: impl FnOnce() -> T) -> (T, i32) {
    // SAFETY: errno is thread-local; clearing it first tells a -1 result from a failure.
    unsafe { *libc::__errno_location() = 0 };
    let r = f();
    (r, std::io::Error::last_os_error().raw_os_error().unwrap_or(0))
}

fn getpriority(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [which, who] = ints::<2>(vm, &a, "getpriority")?;
    // SAFETY: plain integers.
    let (r, e) = with_errno(|| unsafe { libc::getpriority(which as libc::__priority_which_t, who as libc::id_t) });
    if r == -1 && e != 0 {
        return Err(crate::objects::exc_oserror::from_errno(vm, e, None, None));
    }
    Ok(Value::Int(r as i64))
}

fn setpriority(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [which, who, prio] = ints::<3>(vm, &a, "setpriority")?;
    // SAFETY: plain integers.
    unit(vm, unsafe { libc::setpriority(which as libc::__priority_which_t, who as libc::id_t, prio as libc::c_int) })
}

fn nice(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [inc] = ints::<1>(vm, &a, "nice")?;
    // SAFETY: plain integer.
    let (r, e) = with_errno(|| unsafe { libc::nice(inc as libc::c_int) });
    if r == -1 && e != 0 {
        return Err(crate::objects::exc_oserror::from_errno(vm, e, None, None));
    }
    Ok(Value::Int(r as i64))
}

fn sched_yield(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "sched_yield", 0, 0)?;
    // SAFETY: no preconditions.
    unsafe { libc::sched_yield() };
    Ok(Value::None)
}

fn sched_get_priority_max(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [policy] = ints::<1>(vm, &a, "sched_get_priority_max")?;
    // SAFETY: plain integer.
    let r = unsafe { libc::sched_get_priority_max(policy as libc::c_int) };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Int(r as i64))
}

fn sched_get_priority_min(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [policy] = ints::<1>(vm, &a, "sched_get_priority_min")?;
    // SAFETY: plain integer.
    let r = unsafe { libc::sched_get_priority_min(policy as libc::c_int) };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Int(r as i64))
}

fn sched_getscheduler(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [pid] = ints::<1>(vm, &a, "sched_getscheduler")?;
    // SAFETY: plain integer.
    let r = unsafe { libc::sched_getscheduler(pid as libc::pid_t) };
    if r < 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Int(r as i64))
}

/// `sched_setscheduler(pid, policy, priority)` (os.py unpacks the sched_param).
fn sched_setscheduler(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [pid, policy, prio] = ints::<3>(vm, &a, "sched_setscheduler")?;
    let p = libc::sched_param { sched_priority: prio as libc::c_int };
    // SAFETY: `p` is a valid sched_param for the call.
    unit(vm, unsafe { libc::sched_setscheduler(pid as libc::pid_t, policy as libc::c_int, &p) })
}

/// `sched_getparam(pid)` -> the priority (os.py wraps it in sched_param).
fn sched_getparam(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [pid] = ints::<1>(vm, &a, "sched_getparam")?;
    let mut p = libc::sched_param { sched_priority: 0 };
    // SAFETY: `p` is a valid place for the call to write.
    if unsafe { libc::sched_getparam(pid as libc::pid_t, &mut p) } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Int(p.sched_priority as i64))
}

fn sched_setparam(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [pid, prio] = ints::<2>(vm, &a, "sched_setparam")?;
    let p = libc::sched_param { sched_priority: prio as libc::c_int };
    // SAFETY: `p` is a valid sched_param for the call.
    unit(vm, unsafe { libc::sched_setparam(pid as libc::pid_t, &p) })
}

fn sched_rr_get_interval(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [pid] = ints::<1>(vm, &a, "sched_rr_get_interval")?;
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid place for the call to write.
    if unsafe { libc::sched_rr_get_interval(pid as libc::pid_t, &mut t) } != 0 {
        return Err(last_err(vm, None));
    }
    Ok(Value::Float(t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9))
}

/// `sched_getaffinity(pid)` -> a list of CPU numbers (os.py makes it a set).
fn sched_getaffinity(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [pid] = ints::<1>(vm, &a, "sched_getaffinity")?;
    // SAFETY: all-zero bytes are an empty cpu_set_t.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is valid for its size.
    if unsafe { libc::sched_getaffinity(pid as libc::pid_t, std::mem::size_of::<libc::cpu_set_t>(), &mut set) } != 0 {
        return Err(last_err(vm, None));
    }
    let mut cpus = Vec::new();
    for cpu in 0..libc::CPU_SETSIZE as usize {
        // SAFETY: `cpu` is below CPU_SETSIZE.
        if unsafe { libc::CPU_ISSET(cpu, &set) } {
            cpus.push(Value::Int(cpu as i64));
        }
    }
    Ok(vm.new_list(cpus))
}

fn sched_setaffinity(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "sched_setaffinity", 2, 2)?;
    let pid = int_at(vm, &a, 0)?;
    let items = vm.collect_iterable(&a.at(1))?;
    // SAFETY: all-zero bytes are an empty cpu_set_t.
    let mut set: libc::cpu_set_t = unsafe { std::mem::zeroed() };
    for it in &items {
        let n = crate::modules::math::arg_index(vm, it)?;
        let cpu = n.to_i64().unwrap_or(-1);
        if cpu < 0 {
            return Err(vm.value_error("negative CPU number"));
        }
        if cpu >= libc::CPU_SETSIZE as i64 {
            return Err(vm.value_error("invalid CPU number"));
        }
        // SAFETY: `cpu` is below CPU_SETSIZE.
        unsafe { libc::CPU_SET(cpu as usize, &mut set) };
    }
    // SAFETY: `set` is valid for its size.
    unit(vm, unsafe { libc::sched_setaffinity(pid as libc::pid_t, std::mem::size_of::<libc::cpu_set_t>(), &set) })
}
