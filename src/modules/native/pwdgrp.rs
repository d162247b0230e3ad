//! `_pwdgrp`: the password and group databases (the C library's reentrant lookups),
//! as plain tuples; `stdlib/pwd.py` and `stdlib/grp.py` make them struct sequences and
//! raise CPython's KeyErrors for a missing entry (None here).

use std::ffi::{CStr, CString};

use super::{int_at, module_with};
use crate::objects::heap::ObjRef;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    module_with(
        vm,
        "_pwdgrp",
        &[
            ("getpwnam", getpwnam),
            ("getpwuid", getpwuid),
            ("getpwall", getpwall),
            ("getgrnam", getgrnam),
            ("getgrgid", getgrgid),
            ("getgrall", getgrall),
        ],
    )
}

/// A C string field as CPython decodes it (UTF-8, undecodable bytes escaped).
fn text(vm: &Vm, p: *const libc::c_char) -> Value {
    if p.is_null() {
        return vm.new_str("");
    }
    // SAFETY: the C library hands out NUL-terminated strings that live in our buffer.
    let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
    match std::str::from_utf8(bytes) {
        Ok(s) => vm.new_str(s),
        Err(_) => vm.new_str(&String::from_utf8_lossy(bytes)),
    }
}

fn passwd_tuple(vm: &Vm, p: &libc::passwd) -> Value {
    let items = vec![
        text(vm, p.pw_name),
        text(vm, p.pw_passwd),
        Value::Int(p.pw_uid as i64),
        Value::Int(p.pw_gid as i64),
        text(vm, p.pw_gecos),
        text(vm, p.pw_dir),
        text(vm, p.pw_shell),
    ];
    vm.new_tuple(items)
}

fn group_tuple(vm: &Vm, g: &libc::group) -> Value {
    let mut members = Vec::new();
    let mut m = g.gr_mem;
    // SAFETY: gr_mem is a NULL-terminated array of C strings in our buffer.
    unsafe {
        while !m.is_null() && !(*m).is_null() {
            members.push(text(vm, *m));
            m = m.add(1);
        }
    }
    let members = vm.new_list(members);
    vm.new_tuple(vec![text(vm, g.gr_name), text(vm, g.gr_passwd), Value::Int(g.gr_gid as i64), members])
}

/// Run a reentrant lookup, growing its string buffer while it answers ERANGE.
fn lookup<T>(mut call: impl FnMut(&mut T, &mut Vec<libc::c_char>, &mut *mut T) -> libc::c_int) -> Option<(T, Vec<libc::c_char>)> {
    let mut size = 1024usize;
    loop {
        // SAFETY: all-zero bytes are a valid passwd/group (pointers null, ids 0).
        let mut entry: T = unsafe { std::mem::zeroed() };
        let mut buf = vec![0 as libc::c_char; size];
        let mut result: *mut T = std::ptr::null_mut();
        let r = call(&mut entry, &mut buf, &mut result);
        if r == libc::ERANGE && size < (1 << 24) {
            size *= 4;
            continue;
        }
        if r != 0 || result.is_null() {
            return None;
        }
        return Some((entry, buf));
    }
}

fn name_arg(vm: &mut Vm, a: &Args, fname: &str) -> PyResult<CString> {
    let v = a.at(0);
    let Some(s) = crate::objects::str::as_pystr(&v) else {
        return Err(vm.type_error(format!("{fname}() argument must be str, not {}", vm.type_name(&v))));
    };
    let s = s.to_lossy().into_owned();
    CString::new(s).map_err(|_| vm.value_error("embedded null character"))
}

fn getpwnam(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getpwnam", 1, 1)?;
    let name = name_arg(vm, &a, "getpwnam")?;
    // SAFETY: every pointer is valid for the call; the buffer outlives the entry's use.
    let found = lookup::<libc::passwd>(|e, buf, res| unsafe { libc::getpwnam_r(name.as_ptr(), e, buf.as_mut_ptr(), buf.len(), res) });
    Ok(found.map_or(Value::None, |(p, _buf)| passwd_tuple(vm, &p)))
}

fn getpwuid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getpwuid", 1, 1)?;
    let uid = int_at(vm, &a, 0)?;
    let Ok(uid) = libc::uid_t::try_from(uid) else { return Ok(Value::None) };
    // SAFETY: every pointer is valid for the call; the buffer outlives the entry's use.
    let found = lookup::<libc::passwd>(|e, buf, res| unsafe { libc::getpwuid_r(uid, e, buf.as_mut_ptr(), buf.len(), res) });
    Ok(found.map_or(Value::None, |(p, _buf)| passwd_tuple(vm, &p)))
}

fn getgrnam(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getgrnam", 1, 1)?;
    let name = name_arg(vm, &a, "getgrnam")?;
    // SAFETY: every pointer is valid for the call; the buffer outlives the entry's use.
    let found = lookup::<libc::group>(|e, buf, res| unsafe { libc::getgrnam_r(name.as_ptr(), e, buf.as_mut_ptr(), buf.len(), res) });
    Ok(found.map_or(Value::None, |(g, _buf)| group_tuple(vm, &g)))
}

fn getgrgid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getgrgid", 1, 1)?;
    let gid = int_at(vm, &a, 0)?;
    let Ok(gid) = libc::gid_t::try_from(gid) else { return Ok(Value::None) };
    // SAFETY: every pointer is valid for the call; the buffer outlives the entry's use.
    let found = lookup::<libc::group>(|e, buf, res| unsafe { libc::getgrgid_r(gid, e, buf.as_mut_ptr(), buf.len(), res) });
    Ok(found.map_or(Value::None, |(g, _buf)| group_tuple(vm, &g)))
}

/// Every entry, by the non-reentrant enumeration (the GIL serialises its callers).
fn getpwall(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getpwall", 0, 0)?;
    let mut out = Vec::new();
    // SAFETY: setpwent/getpwent/endpwent run under the GIL, so no other thread of ours
    // walks the database meanwhile; each entry is copied before the next call.
    unsafe {
        libc::setpwent();
        loop {
            let p = libc::getpwent();
            if p.is_null() {
                break;
            }
            out.push(passwd_tuple(vm, &*p));
        }
        libc::endpwent();
    }
    Ok(vm.new_list(out))
}

fn getgrall(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getgrall", 0, 0)?;
    let mut out = Vec::new();
    // SAFETY: as in getpwall.
    unsafe {
        libc::setgrent();
        loop {
            let g = libc::getgrent();
            if g.is_null() {
                break;
            }
            out.push(group_tuple(vm, &*g));
        }
        libc::endgrent();
    }
    Ok(vm.new_list(out))
}
