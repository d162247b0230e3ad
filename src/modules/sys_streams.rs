//! The standard streams' `seekable`, `isatty` and binary `buffer` (sys.stdin/stdout/stderr
//! as CPython's TextIOWrapper shows them); reading, mode, name, encoding and the other
//! attributes are in `sys_info.rs`.

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

/// Each stream's binary layer, made on first access: CPython hands back the same object
/// every time.
static BUFFERS: crate::vm::gil::GilCell<[Option<Value>; 3]> = crate::vm::gil::GilCell::new([None, None, None]);

/// The binary layer: `io.open` over the same descriptor, unclosed by it (CPython's
/// `sys.stdout.buffer` is a BufferedWriter over fd 1, or the FileIO itself under `-u`).
fn buffer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = fd_of(&args.at(0));
    // Text written so far goes first: the binary layer writes to the descriptor directly.
    crate::modules::sys::flush_stdout_checked(vm)?;
    let slot = fd.clamp(0, 2) as usize;
    if let Some(b) = BUFFERS.with(|b| b[slot].clone()) {
        return Ok(b);
    }
    let io = crate::vm::import::import_module_level(vm, "io", None, &Value::None, 0)?;
    let open = vm.getattr_str(&io, "open")?;
    let mode = vm.new_str(if fd == 0 { "rb" } else { "wb" });
    let closefd = vm.new_str("closefd");
    let mut kwargs = vec![(closefd, Value::Bool(false))];
    let raw_only = fd != 0 && crate::config::get().unbuffered;
    if raw_only {
        kwargs.push((vm.new_str("buffering"), Value::Int(0)));
    }
    let b = vm.call(&open, Args { args: vec![Value::Int(fd as i64), mode], kwargs })?;
    let raw = if raw_only { b.clone() } else { vm.getattr_str(&b, "raw")? };
    let name = vm.new_str(["<stdin>", "<stdout>", "<stderr>"][slot]);
    let key = vm.interp.intern("name");
    vm.setattr(&raw, &key, name)?;
    BUFFERS.with(|c| c[slot] = Some(b.clone()));
    Ok(b)
}

pub fn register(vm: &Vm) {
    let t = vm.interp.types.text_io.clone();
    add_method(&t, "seekable", seekable);
    add_method(&t, "isatty", isatty);
    add_getset(&t, "buffer", buffer, None);
}
