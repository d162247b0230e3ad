//! The rest of `sys`: the info records and hooks written in Python (`sys_info.py`, run
//! once at startup and copied in), `getsizeof`, `_current_frames`, `builtin_module_names`,
//! and `sys.stdin` with the text-stream attributes the three standard streams share.

use std::io::{BufRead, IsTerminal, Read};

use crate::objects::dict;
use crate::objects::getset::add_getset;
use crate::objects::heap::ObjRef;
use crate::objects::payload::{Builtin, NativeFn, Payload};
use crate::objects::types::add_method;
use crate::objects::value::Value;
use crate::vm::{gil, Args, PyResult, Vm};

fn native(vm: &Vm, name: &'static str, func: NativeFn) -> Value {
    Value::Obj(ObjRef::new(
        vm.interp.types.builtin_function.clone(),
        Payload::Builtin(Builtin { name, func, self_: None, is_method: false, is_classmethod: false }),
    ))
}

/// The C library's version, as CPython's thread_info.version shows it ("NPTL 2.36").
fn libc_version() -> String {
    // SAFETY: gnu_get_libc_version returns a static NUL-terminated string.
    let v = unsafe { std::ffi::CStr::from_ptr(libc::gnu_get_libc_version()) };
    format!("NPTL {}", v.to_string_lossy())
}

pub fn init(vm: &mut Vm, sys: &ObjRef) -> PyResult<()> {
    let version = vm.new_str(&libc_version());
    let snippet = crate::modules::sys_cli::run_snippet(vm, include_str!("sys_info.py"), "sys", vec![("_libc_version", version)]);
    if let Some(ns) = snippet {
        for (k, v) in dict::entries(&ns) {
            let name = crate::objects::str::as_str_lossy(&k).into_owned();
            if !name.starts_with('_') {
                dict::set_item(vm, sys, k, v)?;
            }
        }
        // The originals of the hooks, kept as CPython does for restoring them.
        for (orig, name) in [("__breakpointhook__", "breakpointhook"), ("__unraisablehook__", "unraisablehook")] {
            if let Some(hook) = dict::get_str(&ns, name) {
                dict::set_str(vm, sys, orig, hook)?;
            }
        }
        // sys.implementation.version is the same record as sys.version_info.
        if let (Some(info), Some(imp)) = (dict::get_str(&ns, "version_info"), dict::get_str(sys, "implementation")) {
            let key = vm.interp.intern("version");
            vm.setattr(&imp, &key, info)?;
        }
    }
    let builtin_names = [
        "_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io", "_locale", "_operator",
        "_signal", "_sre", "_stat", "_string", "_symtable", "_thread", "_tokenize", "_tracemalloc",
        "_warnings", "_weakref", "atexit", "builtins", "errno", "faulthandler", "gc", "itertools",
        "marshal", "posix", "pwd", "sys", "time", "xxsubtype",
    ];
    let names = builtin_names.iter().map(|n| vm.new_str(n)).collect();
    let names = vm.new_tuple(names);
    dict::set_str(vm, sys, "builtin_module_names", names)?;
    dict::set_str(vm, sys, "getsizeof", native(vm, "getsizeof", super::sys_sizeof::getsizeof))?;
    dict::set_str(vm, sys, "_current_frames", native(vm, "_current_frames", current_frames))?;
    let text_io = vm.interp.types.text_io.clone();
    let stdin = Value::Obj(ObjRef::new(text_io.clone(), Payload::TextStream(0)));
    dict::set_str(vm, sys, "stdin", stdin.clone())?;
    dict::set_str(vm, sys, "__stdin__", stdin)?;
    for (name, f) in [
        ("read", stdin_read as NativeFn),
        ("readline", stdin_readline),
        ("readlines", stdin_readlines),
        ("readable", stream_readable),
        ("writable", stream_writable),
        ("__iter__", stream_iter),
        ("__next__", stdin_next),
    ] {
        add_method(&text_io, name, f);
    }
    for (name, f) in [
        ("encoding", get_encoding as NativeFn),
        ("errors", get_errors),
        ("name", get_name),
        ("mode", get_mode),
        ("line_buffering", get_line_buffering),
        ("closed", get_closed),
    ] {
        add_getset(&text_io, name, f, None);
    }
    Ok(())
}

/// `sys._current_frames()`: every thread's innermost frame by its ident. The calling
/// thread's is its live frame object; other threads' (published in `vm::published`) are
/// copies taken now.
fn current_frames(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_current_frames", 0, 0)?;
    let d = vm.new_dict_obj();
    if !vm.frames.is_empty() {
        let frame = crate::objects::frame_object::sys_getframe(vm, Args::new(vec![]))?;
        let id = crate::modules::thread::ident_value(vm, crate::modules::thread::lock::ident());
        dict::set_item(vm, &d, id, frame)?;
    }
    let mut others = Vec::new();
    crate::vm::published::for_each_other(vm, |ident, other| {
        if !other.frames.is_empty() {
            others.push((ident, other.frames.iter().map(|f| crate::objects::frame_object::copy_foreign(f)).collect::<Vec<_>>()));
        }
    });
    for (ident, frames) in others {
        let frame = crate::objects::frame_object::foreign_objects(vm, frames);
        let id = crate::modules::thread::ident_value(vm, ident);
        dict::set_item(vm, &d, id, frame)?;
    }
    Ok(Value::Obj(d))
}

fn fd_of(args: &Args) -> i32 {
    match args.at(0).payload() {
        Some(Payload::TextStream(fd)) => *fd,
        _ => 1,
    }
}

fn get_encoding(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn get_errors(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_str(if fd_of(&args) == 2 { "backslashreplace" } else { "strict" }))
}

fn get_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_str(match fd_of(&args) {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    }))
}

fn get_mode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_str(if fd_of(&args) == 0 { "r" } else { "w" }))
}

fn get_line_buffering(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_of(&args);
    Ok(Value::Bool(fd != 0 && (fd == 2 || std::io::stdout().is_terminal())))
}

fn get_closed(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn stream_readable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(fd_of(&args) == 0))
}

fn stream_writable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(fd_of(&args) != 0))
}

fn stream_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.at(0))
}

/// io.UnsupportedOperation(msg), as the io module defines it.
pub(crate) fn unsupported(vm: &mut Vm, msg: &str) -> crate::vm::PyErr {
    let cls = crate::vm::import::import_absolute(vm, "io").and_then(|io| vm.getattr_str(&io, "UnsupportedOperation"));
    match cls {
        Ok(cls) => {
            let m = vm.new_str(msg);
            match vm.call(&cls, Args::new(vec![m])) {
                Ok(e) => match e {
                    Value::Obj(o) => crate::vm::PyErr(o),
                    _ => vm.os_error(msg),
                },
                Err(e) => e,
            }
        }
        Err(e) => e,
    }
}

fn require_stdin(vm: &mut Vm, args: &Args) -> PyResult<()> {
    if fd_of(args) != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(())
}

/// One line from the process's stdin (shared with `input()`), without the GIL.
fn read_line(vm: &mut Vm) -> PyResult<String> {
    crate::modules::sys::flush_stdout_checked(vm)?;
    let (read, line) = gil::allow_threads(|| {
        let mut line = String::new();
        (crate::vm::interrupt::read_stdin_line(&mut line), line)
    });
    match read {
        Ok(_) => Ok(line),
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => Err(vm.keyboard_interrupt()),
        Err(e) => Err(crate::modules::sys::io_error(vm, e)),
    }
}

fn size_arg(vm: &mut Vm, args: &Args) -> PyResult<i64> {
    match args.get(1) {
        None | Some(Value::None) => Ok(-1),
        Some(v) => {
            let v = v.clone();
            match crate::objects::int::as_int(&v).and_then(|n| n.to_i64()) {
                Some(n) => Ok(n),
                None => Err(vm.type_error(format!("argument should be integer or None, not '{}'", vm.type_name(&v)))),
            }
        }
    }
}

/// Up to `n` characters (all, when negative) from stdin.
fn read_chars(n: i64) -> std::io::Result<Vec<u8>> {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = Vec::new();
    if n < 0 {
        input.read_to_end(&mut out)?;
        return Ok(out);
    }
    let mut chars = 0i64;
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            return Ok(out);
        }
        let mut used = 0;
        for &b in buf {
            let starts_char = b & 0xc0 != 0x80;
            if starts_char {
                if chars == n {
                    break;
                }
                chars += 1;
            }
            out.push(b);
            used += 1;
        }
        let done = used < buf.len();
        input.consume(used);
        if done {
            return Ok(out);
        }
    }
}

fn stdin_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    require_stdin(vm, &args)?;
    let n = size_arg(vm, &args)?;
    crate::modules::sys::flush_stdout_checked(vm)?;
    let r = gil::allow_threads(move || read_chars(n));
    match r {
        Ok(bytes) => Ok(vm.new_str(&String::from_utf8_lossy(&bytes))),
        Err(e) => Err(crate::modules::sys::io_error(vm, e)),
    }
}

fn stdin_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    require_stdin(vm, &args)?;
    let line = read_line(vm)?;
    Ok(vm.new_str(&line))
}

fn stdin_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    require_stdin(vm, &args)?;
    let mut lines = Vec::new();
    loop {
        let line = read_line(vm)?;
        if line.is_empty() {
            break;
        }
        lines.push(vm.new_str(&line));
    }
    Ok(vm.new_list(lines))
}

fn stdin_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    require_stdin(vm, &args)?;
    let line = read_line(vm)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(vm.new_str(&line))
}
