//! The `sys` module and the process's standard streams.

use std::io::{IsTerminal, Write};

use crate::objects::heap::ObjRef;
use crate::objects::payload::{NativeFn, Payload};
use crate::objects::str::as_str_lossy;
use crate::objects::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};

/// sys.stdout's buffer: line-buffered on a terminal, block-buffered otherwise.
pub struct OutBuf {
    buf: Vec<u8>,
    line_buffered: bool,
    /// `-u`: every write goes straight out.
    unbuffered: bool,
    captured: Option<Vec<u8>>,
}

impl OutBuf {
    pub fn new(_interactive: bool) -> OutBuf {
        let unbuffered = crate::config::get().unbuffered;
        OutBuf { buf: Vec::new(), line_buffered: std::io::stdout().is_terminal(), unbuffered, captured: None }
    }
    /// Drop unwritten output (a forked child must not write its parent's buffer again).
    pub fn discard_pending(&mut self) {
        self.buf.clear();
    }

    pub fn capture(&mut self) {
        self.captured = Some(Vec::new());
    }
    pub fn take_captured(&mut self) -> String {
        let out = self.captured.as_mut().map(std::mem::take).unwrap_or_default();
        String::from_utf8_lossy(&out).into_owned()
    }
    fn flush(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.buf);
        if let Some(c) = &mut self.captured {
            c.extend_from_slice(&data);
            return Ok(());
        }
        let mut out = std::io::stdout().lock();
        out.write_all(&data)?;
        out.flush()
    }
}

pub fn write_stdout(vm: &mut Vm, s: &str) -> PyResult<()> {
    let r = {
        let mut out = vm.interp.stdout.borrow_mut();
        out.buf.extend_from_slice(s.as_bytes());
        if out.unbuffered || (out.line_buffered && s.contains('\n')) || out.buf.len() >= 8192 {
            out.flush()
        } else {
            Ok(())
        }
    };
    r.map_err(|e| io_error(vm, e))
}

pub fn flush_stdout_checked(vm: &mut Vm) -> PyResult<()> {
    let r = vm.interp.stdout.borrow_mut().flush();
    r.map_err(|e| io_error(vm, e))
}

/// Flush at exit and before blocking on stdin; errors are dropped (as at CPython shutdown).
pub fn flush_stdout() {
    let _ = crate::vm::gil::interp().stdout.borrow_mut().flush();
}

pub fn write_stderr(s: &str) {
    if let Some(buf) = crate::vm::gil::interp().stderr_capture.borrow_mut().as_mut() {
        buf.push_str(s);
        return;
    }
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(s.as_bytes());
    let _ = err.flush();
}

pub fn io_error(vm: &Vm, e: std::io::Error) -> PyErr {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return vm.new_error(&vm.interp.exc.broken_pipe_error.clone(), "[Errno 32] Broken pipe");
    }
    vm.os_error(e.to_string())
}

/// Exit status for an uncaught SystemExit (printing a non-int code, as CPython does).
pub fn system_exit_status(vm: &mut Vm, e: &PyErr) -> i32 {
    let args = crate::objects::exceptions::args_of(&e.value());
    let code = match args.len() {
        0 => Value::None,
        1 => args[0].clone(),
        _ => vm.new_tuple(args),
    };
    match code {
        Value::None => 0,
        Value::Int(i) => i as i32,
        Value::Bool(b) => b as i32,
        other => {
            let s = vm.str_string(&other).unwrap_or_default();
            flush_stdout();
            write_stderr(&format!("{}\n", s));
            1
        }
    }
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "write", 1, 1)?;
    let fd = match args.at(0).payload() {
        Some(Payload::TextStream(fd)) => *fd,
        _ => 1,
    };
    let s = match args.at(1).payload() {
        Some(Payload::Str(s)) => s.to_lossy().into_owned(),
        _ => return Err(vm.type_error(format!("write() argument must be str, not {}", vm.type_name(&args.at(1))))),
    };
    if fd == 2 {
        write_stderr(&s);
    } else {
        write_stdout(vm, &s)?;
    }
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Payload::TextStream(1)) = args.at(0).payload() {
        flush_stdout_checked(vm)?;
    }
    Ok(Value::None)
}

fn stream_fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(match args.at(0).payload() {
        Some(Payload::TextStream(fd)) => *fd as i64,
        _ => 1,
    }))
}

fn stream_isatty(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = match args.at(0).payload() {
        Some(Payload::TextStream(fd)) => *fd,
        _ => 1,
    };
    Ok(Value::Bool(if fd == 2 { std::io::stderr().is_terminal() } else { std::io::stdout().is_terminal() }))
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "exit", 0, 1)?;
    let a = if args.is_empty() { vec![] } else { vec![args.at(0)] };
    let t = vm.new_tuple(a);
    Err(vm.new_exception(&vm.interp.exc.system_exit.clone(), t))
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.interp.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "setrecursionlimit", 1, 1)?;
    let Value::Int(n) = args.at(0) else {
        return Err(vm.type_error("an integer is required"));
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.depth {
        return Err(vm.recursion_error(format!(
            "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
            n, vm.depth
        )));
    }
    vm.interp.recursion_limit.set(n as usize);
    Ok(Value::None)
}

fn intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "intern", 1, 1)?;
    match args.at(0).payload() {
        Some(Payload::Str(s)) => Ok(vm.interp.intern(&s.to_lossy())),
        _ => Err(vm.type_error(format!("intern() argument must be str, not {}", vm.type_name(&args.at(0))))),
    }
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let e = vm.exc_info.clone();
    if e.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let ty = Value::Obj(vm.interp.type_of(&e).clone());
    let tb = match e.payload() {
        Some(Payload::Exception(d)) => d.traceback.borrow().clone(),
        _ => Value::None,
    };
    Ok(vm.new_tuple(vec![ty, e, tb]))
}

fn exception(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.exc_info.clone())
}

fn getrefcount(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(match args.at(0) {
        Value::Obj(o) => o.refcount() as i64 - 1,
        _ => 1_000_000_000,
    }))
}

fn get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "get_int_max_str_digits", 0, 0)?;
    Ok(Value::Int(crate::objects::num::int_max_str_digits() as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if let Some(v) = args.take_kw("maxdigits") {
        args.args.push(v);
    }
    args.check(vm, "set_int_max_str_digits", 1, 1)?;
    let v = args.at(0);
    let Some(n) = crate::objects::int::as_int(&v) else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v))));
    };
    match n.to_i64() {
        Some(n) if n == 0 || (640..=i64::MAX).contains(&n) => {
            crate::objects::num::set_int_max_str_digits(n as usize);
            Ok(Value::None)
        }
        _ => Err(vm.value_error("maxdigits must be 0 or larger than 640")),
    }
}

fn func(vm: &Vm, name: &'static str, f: NativeFn) -> Value {
    Value::Obj(ObjRef::new(
        vm.interp.types.builtin_function.clone(),
        Payload::Builtin(crate::objects::payload::Builtin {
            name,
            func: f,
            self_: Some(Value::Obj(vm.interp.sys.clone())),
            is_method: false,
            is_classmethod: false,
        }),
    ))
}

fn skip_self(f: NativeFn) -> NativeFn {
    f
}

pub fn init(vm: &mut Vm, argv: Vec<String>) -> PyResult<()> {
    let text_io = vm.interp.types.text_io.clone();
    crate::objects::types::add_method(&text_io, "write", stream_write);
    crate::objects::types::add_method(&text_io, "flush", stream_flush);
    crate::objects::types::add_method(&text_io, "fileno", stream_fileno);
    crate::objects::types::add_method(&text_io, "isatty", stream_isatty);
    let Some(d) = vm.interp.sys.dict.clone() else { return Ok(()) };
    let argv_v: Vec<Value> = argv.iter().map(|a| vm.new_str(a)).collect();
    let argv_list = vm.new_list(argv_v);
    let stdout = Value::Obj(ObjRef::new(text_io.clone(), Payload::TextStream(1)));
    let stderr = Value::Obj(ObjRef::new(text_io, Payload::TextStream(2)));
    let version_info = {
        let items = vec![Value::Int(3), Value::Int(11), Value::Int(0), vm.new_str("final"), Value::Int(0)];
        vm.new_tuple(items)
    };
    let implementation = crate::objects::module::new_module(vm, "implementation");
    if let Some(idict) = &implementation.dict {
        crate::objects::dict::set_str(vm, idict, "name", vm.new_str("cpython"))?;
        crate::objects::dict::set_str(vm, idict, "version", version_info.clone())?;
    }
    let entries: Vec<(&str, Value)> = vec![
        ("argv", argv_list),
        ("stdout", stdout.clone()),
        ("stderr", stderr.clone()),
        ("__stdout__", stdout),
        ("__stderr__", stderr),
        ("maxsize", Value::Int(i64::MAX)),
        ("version", vm.new_str("3.11.0 (minipy)")),
        ("version_info", version_info),
        ("implementation", Value::Obj(implementation)),
        ("platform", vm.new_str("linux")),
        ("byteorder", vm.new_str("little")),
        ("modules", Value::Obj(vm.interp.modules.clone())),
        ("path", vm.new_list(vec![])),
        ("executable", vm.new_str(&std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default())),
        ("exit", func(vm, "exit", skip_self(sys_exit))),
        ("getrecursionlimit", func(vm, "getrecursionlimit", sys_getrecursionlimit)),
        ("setrecursionlimit", func(vm, "setrecursionlimit", sys_setrecursionlimit)),
        ("intern", func(vm, "intern", sys_intern)),
        ("getswitchinterval", func(vm, "getswitchinterval", crate::modules::thread::sys_getswitchinterval)),
        ("setswitchinterval", func(vm, "setswitchinterval", crate::modules::thread::sys_setswitchinterval)),
        ("exc_info", func(vm, "exc_info", sys_exc_info)),
        ("exception", func(vm, "exception", sys_exception)),
        ("getrefcount", func(vm, "getrefcount", sys_getrefcount)),
        ("get_int_max_str_digits", func(vm, "get_int_max_str_digits", sys_get_int_max_str_digits)),
        ("set_int_max_str_digits", func(vm, "set_int_max_str_digits", sys_set_int_max_str_digits)),
    ];
    for (k, v) in entries {
        crate::objects::dict::set_str(vm, &d, k, v)?;
    }
    crate::modules::sys_cli::init(vm, &d)?;
    let sys = Value::Obj(vm.interp.sys.clone());
    let key = vm.new_str("sys");
    crate::objects::dict::set_item(vm, &vm.interp.modules.clone(), key, sys)?;
    let _ = as_str_lossy;
    Ok(())
}

// Module-level functions are bound to the module object; drop it before the real work.
macro_rules! unbind {
    ($( $name:ident => $f:ident, )*) => {
        $( fn $name(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
            if !args.args.is_empty() {
                args.args.remove(0);
            }
            $f(vm, args)
        } )*
    };
}

unbind! {
    sys_exit => exit,
    sys_getrecursionlimit => getrecursionlimit,
    sys_setrecursionlimit => setrecursionlimit,
    sys_intern => intern,
    sys_exc_info => exc_info,
    sys_exception => exception,
    sys_getrefcount => getrefcount,
    sys_get_int_max_str_digits => get_int_max_str_digits,
    sys_set_int_max_str_digits => set_int_max_str_digits,
}
