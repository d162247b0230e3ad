//! Native modules: builtins, exceptions, sys.

pub mod array;
pub mod ast;
pub mod builtins;
pub mod cmath;
pub mod callerinfo;
pub mod dis_support;
pub mod exceptions;
pub mod fileio;
pub mod gc;
pub mod itertools;
pub mod json_speedups;
pub mod math;
pub mod multiprocessing;
pub mod re;
pub mod native;
pub mod posixsubprocess;
pub mod select;
pub mod socket;
pub mod native_body;
pub mod signal;
pub mod sys;
pub mod thread;
pub mod sys_cli;
pub mod sys_streams;
pub mod sys_info;
pub mod sys_sizeof;
pub mod traceback_helpers;
pub mod unicodedata;
pub mod time;
pub mod weakref;

use crate::objects::payload::Payload;
use crate::objects::value::Value;
use crate::vm::state::Interp;
use crate::vm::{PyResult, Vm};

/// Fill the builtin types' namespaces and the builtins/sys modules. Runs with the GIL held.
pub fn init(interp: &Interp, argv: Vec<String>) {
    crate::objects::heap::set_needs_del_hook(crate::objects::types::needs_del);
    let _ = interp;
    let mut vm = Vm::new(crate::vm::STACK_SIZE);
    crate::objects::register_types(&vm);
    let _ = builtins::init(&mut vm);
    let _ = sys::init(&mut vm, argv);
    let _ = crate::vm::import::importlib::install_builtin(&mut vm);
    sys_cli::install_site_builtins(&mut vm);
    let _ = builtins::install_exception_groups(&mut vm);
}

/// Break the reference cycles of the interpreter state so it can be freed.
pub fn teardown(interp: &Interp) {
    let handlers = std::mem::take(&mut *interp.signal_handlers.borrow_mut());
    drop(handlers);
    for t in interp.types.all() {
        if let Payload::Type(td) = &t.payload {
            let old = std::mem::replace(&mut *td.ns.borrow_mut(), crate::objects::table::DictTable::new());
            crate::objects::type_cache::invalidate();
            drop(old);
        }
    }
    for (_, t) in interp.exc.all() {
        if let Payload::Type(td) = &t.payload {
            let old = std::mem::replace(&mut *td.ns.borrow_mut(), crate::objects::table::DictTable::new());
            crate::objects::type_cache::invalidate();
            drop(old);
        }
    }
    for m in [&interp.builtins, &interp.sys, &interp.modules] {
        let d = if let Payload::Dict(_) = &m.payload { Some(m.clone()) } else { m.dict.clone() };
        if let Some(d) = d {
            if let Payload::Dict(t) = &d.payload {
                let old = std::mem::replace(&mut *t.borrow_mut(), crate::objects::table::DictTable::new());
                drop(old);
            }
        }
    }
}

/// Builds a native module's object the first time it is imported.
pub type ModuleInit = fn(&mut Vm) -> PyResult<crate::objects::heap::ObjRef>;

/// The native modules, by name. Each is created lazily on first import (start-up
/// stays cheap) and then lives in sys.modules like any other module. One line per
/// module: add yours here.
pub fn native_module(name: &str) -> Option<ModuleInit> {
    let table: &[(&str, ModuleInit)] = &[
        ("gc", gc::init),
        ("array", array::init),
        ("_callerinfo", callerinfo::init),
        ("_json", json_speedups::init),
        ("_fileio", fileio::init),
        ("gc", gc::init),
        ("importlib", crate::vm::import::importlib::init),
        ("itertools", itertools::init),
        ("math", math::init),
        ("cmath", cmath::init),
        ("_re", re::init),
        ("_random", native::random::init),
        ("_hash", native::hash::init),
        ("_floatpack", native::floats::init),
        ("posix", native::posix::init),
        ("_pwdgrp", native::pwdgrp::init),
        ("_posixshmem", native::posixshmem::init),
        ("_zlib", native::zlib::init),
        ("_posixsubprocess", posixsubprocess::init),
        ("_statvfs", native::statvfs::init),
        ("select", select::init),
        ("_socket", socket::init),
        ("signal", signal::init),
        ("_minipy_traceback", traceback_helpers::init),
        ("_minipy_ast", ast::init),
        ("_minipy_dis", dis_support::init),
        ("time", time::init),
        ("unicodedata", unicodedata::init),
        ("_thread", thread::init),
        ("_multiprocessing", multiprocessing::init),
        ("_weakref", weakref::init),
    ];
    table.iter().find(|(n, _)| *n == name).map(|(_, init)| *init)
}

/// Import a native module by name: sys.modules first, then the registry.
pub fn import_native(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let modules = vm.interp.modules.clone();
    if let Some(m) = crate::objects::dict::get_str(&modules, name) {
        return Ok(Some(m));
    }
    let Some(init) = native_module(name) else { return Ok(None) };
    let module = Value::Obj(init(vm)?);
    let key = vm.new_str(name);
    crate::objects::dict::set_item(vm, &modules, key, module.clone())?;
    Ok(Some(module))
}

/// IMPORT_NAME (kept for callers of the old entry point): the import system proper.
pub fn import_module(vm: &mut Vm, name: &Value, fromlist: &Value, level: &Value) -> PyResult<Value> {
    crate::vm::import::import_name(vm, name, fromlist, level)
}
