//! The rest of the standard streams' interface (sys.stdin/stdout/stderr as CPython's
//! TextIOWrapper shows it): mode, name, encoding, errors, buffer, line_buffering, the
//! readable/writable/seekable questions, and reading lines from stdin.

use crate::objects::payload::Payload;
use crate::objects::types::add_method;
use crate::objects::getset::add_getset;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

fn fd_of(v: &Value) -> i32 {
    match v.payload() {
        Some(Payload::TextStream(fd)) => *fd,
        _ => 1,
    }
}

fn readable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(fd_of(&args.at(0)) == 0))
}

fn writable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(fd_of(&args.at(0)) != 0))
}

fn seekable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_of(&args.at(0));
    // SAFETY: lseek on one of the process's standard descriptors only queries it; a
    // closed or unseekable descriptor returns -1.
    let pos = unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) };
    Ok(Value::Bool(pos >= 0))
}

fn isatty(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    // SAFETY: isatty only queries the descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(fd_of(&args.at(0))) } == 1))
}

fn mode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_str(if fd_of(&args.at(0)) == 0 { "r" } else { "w" }))
}

fn name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_str(match fd_of(&args.at(0)) {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    }))
}

fn encoding(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn errors(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_str(if fd_of(&args.at(0)) == 2 { "backslashreplace" } else { "strict" }))
}

fn line_buffering(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_of(&args.at(0));
    // SAFETY: isatty only queries the descriptor.
    Ok(Value::Bool(fd == 1 && unsafe { libc::isatty(fd) } == 1))
}

/// The binary layer: `io.open` over the same descriptor, unclosed by it (CPython's
/// `sys.stdout.buffer` is a BufferedWriter over fd 1).
fn buffer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_of(&args.at(0));
    // Text written so far goes first: the binary layer writes to the descriptor directly.
    crate::modules::sys::flush_stdout_checked(vm)?;
    let io = crate::vm::import::import_module_level(vm, "io", None, &Value::None, 0)?;
    let open = vm.getattr_str(&io, "open")?;
    let mode = vm.new_str(if fd == 0 { "rb" } else { "wb" });
    let closefd = vm.new_str("closefd");
    vm.call(&open, Args { args: vec![Value::Int(fd as i64), mode], kwargs: vec![(closefd, Value::Bool(false))] })
}

fn read_line(vm: &mut Vm) -> PyResult<String> {
    crate::modules::sys::flush_stdout();
    let (r, line) = crate::vm::gil::allow_threads(|| {
        let mut line = String::new();
        (crate::vm::interrupt::read_stdin_line(&mut line), line)
    });
    match r {
        Ok(_) => Ok(line),
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => Err(vm.keyboard_interrupt()),
        Err(e) => Err(crate::modules::sys::io_error(vm, e)),
    }
}

fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_readable(vm, &args.at(0), "readline")?;
    let line = read_line(vm)?;
    Ok(vm.new_str(&line))
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_readable(vm, &args.at(0), "read")?;
    let mut all = String::new();
    loop {
        let line = read_line(vm)?;
        if line.is_empty() {
            break;
        }
        all.push_str(&line);
    }
    Ok(vm.new_str(&all))
}

fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_readable(vm, &args.at(0), "readlines")?;
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

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.at(0))
}

fn next_line(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_readable(vm, &args.at(0), "__next__")?;
    let line = read_line(vm)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(vm.new_str(&line))
}

fn check_readable(vm: &mut Vm, v: &Value, _what: &str) -> PyResult<()> {
    if fd_of(v) == 0 {
        Ok(())
    } else {
        let io = crate::vm::import::import_module_level(vm, "io", None, &Value::None, 0)?;
        match vm.getattr_str(&io, "UnsupportedOperation")? {
            Value::Obj(cls) => Err(vm.new_error(&cls, "not readable")),
            _ => Err(vm.new_error(&vm.interp.exc.os_error.clone(), "not readable")),
        }
    }
}

pub fn register(vm: &Vm) {
    let t = vm.interp.types.text_io.clone();
    add_method(&t, "readable", readable);
    add_method(&t, "writable", writable);
    add_method(&t, "seekable", seekable);
    add_method(&t, "isatty", isatty);
    add_method(&t, "readline", readline);
    add_method(&t, "read", read);
    add_method(&t, "readlines", readlines);
    add_method(&t, "__iter__", iter_self);
    add_method(&t, "__next__", next_line);
    add_getset(&t, "mode", mode, None);
    add_getset(&t, "name", name, None);
    add_getset(&t, "encoding", encoding, None);
    add_getset(&t, "errors", errors, None);
    add_getset(&t, "line_buffering", line_buffering, None);
    add_getset(&t, "buffer", buffer, None);
}
