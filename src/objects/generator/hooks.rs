//! Per-thread generator settings kept in the `Vm`: the async generator hooks
//! (`sys.set_asyncgen_hooks`, what asyncio uses to close unfinished async generators on
//! its own loop) and coroutine origin tracking (`cr_origin`).

use super::{GenData, GenExtra, Kind};
use crate::objects::heap::ObjRef;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub struct Hooks {
    pub firstiter: Value,
    pub finalizer: Value,
    pub origin_depth: usize,
}

/// The `asyncgen_hooks` structseq type, made on first use, once per process (a new class
/// per thread state would pile up).
static HOOKS_TYPE: crate::vm::gil::GilCell<Option<Value>> = crate::vm::gil::GilCell::new(None);

impl Default for Hooks {
    fn default() -> Hooks {
        Hooks { firstiter: Value::None, finalizer: Value::None, origin_depth: 0 }
    }
}

fn hook_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<Value> {
    use crate::objects::payload::Payload;
    let callable = match v.payload() {
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod { .. } | Payload::Type(_)) => true,
        _ => crate::objects::types::lookup(vm.interp.type_of(&v), "__call__").is_some(),
    };
    if v.is_none() || callable {
        Ok(v)
    } else {
        Err(vm.type_error(format!("callable {} expected, got {}", what, vm.type_name(&v))))
    }
}

pub fn set_asyncgen_hooks(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let firstiter = args.take_kw("firstiter");
    let finalizer = args.take_kw("finalizer");
    if let Some((k, _)) = args.kwargs.first() {
        let k = crate::objects::str::as_str_lossy(k).to_string();
        return Err(vm.type_error(format!("'{}' is an invalid keyword argument for set_asyncgen_hooks()", k)));
    }
    let mut pos = args.args.into_iter();
    let firstiter = firstiter.or_else(|| pos.next());
    let finalizer = finalizer.or_else(|| pos.next());
    if pos.next().is_some() {
        return Err(vm.type_error("set_asyncgen_hooks() takes at most 2 arguments"));
    }
    // Both are checked before either is stored, as CPython does.
    let finalizer = finalizer.map(|v| hook_arg(vm, v, "finalizer")).transpose()?;
    let firstiter = firstiter.map(|v| hook_arg(vm, v, "firstiter")).transpose()?;
    if let Some(f) = finalizer {
        vm.gen_hooks.finalizer = f;
    }
    if let Some(f) = firstiter {
        vm.gen_hooks.firstiter = f;
    }
    Ok(Value::None)
}

const HOOKS_SOURCE: &str = "\
class asyncgen_hooks(tuple):
    _fields = ('firstiter', 'finalizer')
    n_fields = n_sequence_fields = 2
    n_unnamed_fields = 0
    firstiter = property(lambda self: self[0])
    finalizer = property(lambda self: self[1])
    def __repr__(self):
        return 'asyncgen_hooks(firstiter=%r, finalizer=%r)' % tuple(self)
asyncgen_hooks.__module__ = 'sys'
";

fn hooks_type(vm: &mut Vm) -> PyResult<Value> {
    if let Some(t) = HOOKS_TYPE.with(|t| t.clone()) {
        return Ok(t);
    }
    let code = crate::compiler::compile_source(HOOKS_SOURCE, crate::ast::Mode::Exec, "sys")
        .map_err(|_| vm.runtime_error("cannot build sys.asyncgen_hooks"))?;
    let m = crate::objects::module::new_module(vm, "sys");
    let Some(globals) = m.dict.clone() else { return Err(vm.runtime_error("cannot build sys.asyncgen_hooks")) };
    vm.run_code(code, globals.clone(), None)?;
    let t = crate::objects::dict::get_str(&globals, "asyncgen_hooks").unwrap_or(Value::None);
    HOOKS_TYPE.with(|slot| *slot = Some(t.clone()));
    Ok(t)
}

pub fn get_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "get_asyncgen_hooks", 0, 0)?;
    let t = hooks_type(vm)?;
    let items = vm.new_tuple(vec![vm.gen_hooks.firstiter.clone(), vm.gen_hooks.finalizer.clone()]);
    let tuple_new = vm.getattr_str(&Value::Obj(vm.interp.types.tuple.clone()), "__new__")?;
    vm.call(&tuple_new, Args::new(vec![t, items]))
}

pub fn set_coroutine_origin_tracking_depth(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let kw = args.take_kw("depth");
    let v = match kw {
        Some(v) => v,
        None => {
            args.check(vm, "set_coroutine_origin_tracking_depth", 1, 1)?;
            args.at(0)
        }
    };
    let Some(n) = crate::objects::subscript::to_index(vm, &v)? else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(&v))));
    };
    if n < 0 {
        return Err(vm.value_error("depth must be >= 0"));
    }
    vm.gen_hooks.origin_depth = n as usize;
    Ok(Value::None)
}

pub fn get_coroutine_origin_tracking_depth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "get_coroutine_origin_tracking_depth", 0, 0)?;
    Ok(Value::Int(vm.gen_hooks.origin_depth as i64))
}

/// `cr_origin` of a coroutine created now: (filename, line, function) of the innermost
/// `origin_depth` frames, innermost first; None when tracking is off.
pub fn origin(vm: &Vm) -> Option<Value> {
    let depth = vm.gen_hooks.origin_depth;
    if depth == 0 {
        return None;
    }
    let items = vm
        .frames
        .iter()
        .rev()
        .take(depth)
        .map(|f| {
            let c = &f.code.code;
            vm.new_tuple(vec![vm.new_str(&c.filename), Value::Int(f.line() as i64), vm.new_str(&c.name)])
        })
        .collect();
    Some(vm.new_tuple(items))
}

/// First use of an async generator (`__anext__`, `asend`, `athrow`, `aclose`): remember
/// the current finalizer and call the firstiter hook, once.
pub fn init_asyncgen(vm: &mut Vm, agen: &ObjRef) -> PyResult<()> {
    let crate::objects::payload::Payload::Generator(g) = &agen.payload else { return Ok(()) };
    if g.kind != Kind::AsyncGen || extra(g, |x| x.hooks_inited) {
        return Ok(());
    }
    let finalizer = vm.gen_hooks.finalizer.clone();
    with_extra(g, |x| {
        x.hooks_inited = true;
        x.finalizer = finalizer;
    });
    let firstiter = vm.gen_hooks.firstiter.clone();
    if !firstiter.is_none() {
        vm.call(&firstiter, Args::new(vec![Value::Obj(agen.clone())]))?;
    }
    Ok(())
}

/// The finalizer an unfinished async generator hands itself to when it dies (instead of
/// being closed there and then), if one was set when it was first used.
pub fn finalizer(g: &GenData) -> Option<Value> {
    let f = g.extra.try_borrow().ok()?.as_ref().map(|x| x.finalizer.clone())?;
    if f.is_none() { None } else { Some(f) }
}

fn extra(g: &GenData, f: impl FnOnce(&GenExtra) -> bool) -> bool {
    g.extra.try_borrow().ok().and_then(|x| x.as_ref().map(|x| f(x))).unwrap_or(false)
}

pub fn with_extra(g: &GenData, f: impl FnOnce(&mut GenExtra)) {
    if let Ok(mut x) = g.extra.try_borrow_mut() {
        f(x.get_or_insert_with(Default::default));
    }
}
