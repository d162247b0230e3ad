//! Generators: an object owning a suspended frame. Resumed from the eval loop (FOR_ITER,
//! SEND) by pushing the frame, or from Rust by `Vm::resume_gen`.

use std::cell::{Cell, RefCell};

use super::heap::ObjRef;
use super::payload::{Function, GenData, Payload};
use super::value::Value;
use crate::bytecode::opcode::Opcode;
use crate::vm::eval::Exit;
use crate::vm::frame::FrameBox;
use crate::vm::{Args, PyErr, PyResult, Vm};

pub mod asyncgen;
pub mod attrs;
pub mod awaitable;
pub mod frame_obj;
pub mod hooks;

/// What few generators need, kept out of line so every generator stays small.
pub struct GenExtra {
    /// `__name__`/`__qualname__` when they differ from the code object's (a renamed function).
    pub names: Option<(Value, Value)>,
    /// `cr_origin` (coroutine origin tracking), else None.
    pub origin: Value,
    /// The asyncgen finalizer hook captured at first use; `hooks_inited` once that happened.
    pub finalizer: Value,
    pub hooks_inited: bool,
    /// The frame object of the generator's frame once one was asked for (gi_frame, a
    /// trace function): the same object across suspensions (`vm/trace.rs`).
    pub frame_obj: Value,
}

impl Default for GenExtra {
    fn default() -> GenExtra {
        GenExtra { names: None, origin: Value::None, finalizer: Value::None, hooks_inited: false, frame_obj: Value::None }
    }
}

impl GenExtra {
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.names.iter().flat_map(|(a, b)| [a, b]).chain([&self.origin, &self.finalizer, &self.frame_obj])
    }
}

pub fn new_generator(vm: &Vm, f: &Function, frame: FrameBox) -> Value {
    use crate::bytecode::code::flags;
    let code = f.code();
    let fl = code.code.flags;
    let (ty, kind) = if fl & flags::COROUTINE != 0 {
        (vm.interp.types.coroutine.clone(), Kind::Coroutine)
    } else if fl & flags::ASYNC_GENERATOR != 0 {
        (vm.interp.types.async_generator.clone(), Kind::AsyncGen)
    } else {
        (vm.interp.types.generator.clone(), Kind::Gen)
    };
    let (name, qualname) = (f.name.borrow().clone(), f.qualname.borrow().clone());
    let same = crate::objects::str::as_str_lossy(&name) == *code.code.name
        && crate::objects::str::as_str_lossy(&qualname) == *code.code.qualname;
    let origin = if kind == Kind::Coroutine { hooks::origin(vm) } else { None };
    let extra = if same && origin.is_none() {
        None
    } else {
        let names = if same { None } else { Some((name, qualname)) };
        Some(Box::new(GenExtra { names, origin: origin.unwrap_or(Value::None), ..Default::default() }))
    };
    Value::Obj(ObjRef::new(
        ty,
        Payload::Generator(GenData {
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            started: Cell::new(false),
            kind,
            extra: RefCell::new(extra),
            code,
            exc: RefCell::new(Value::None),
        }),
    ))
}

/// The generator's `__name__` and `__qualname__`.
pub fn names(vm: &Vm, g: &GenData) -> (Value, Value) {
    if let Some(Some(n)) = g.extra.borrow().as_ref().map(|x| &x.names) {
        return (n.0.clone(), n.1.clone());
    }
    (vm.interp.intern(&g.code.code.name), vm.interp.intern(&g.code.code.qualname))
}

/// The generator's frame returned or raised: it is finished.
pub fn finish(gn: &ObjRef) {
    if let Payload::Generator(g) = &gn.payload {
        g.running.set(false);
        let old = g.frame.borrow_mut().take();
        drop(old);
    }
}

/// The generator yielded: keep its frame for the next resumption.
pub fn suspend(vm: &mut Vm, gn: &ObjRef, frame: FrameBox) {
    if let Payload::Generator(g) = &gn.payload {
        leave(vm, g);
        g.running.set(false);
        *g.frame.borrow_mut() = Some(frame);
    }
}

/// The generator's frame returned or raised while running: hand the caller back its
/// handled exception, then drop the frame.
pub fn finish_frame(vm: &mut Vm, gn: &ObjRef) {
    if let Payload::Generator(g) = &gn.payload {
        leave(vm, g);
        *g.exc.borrow_mut() = Value::None;
    }
    finish(gn);
}

/// Resumption: the generator's own handled exception (if it is inside an `except`
/// block) becomes the current one; the caller's is kept to restore at the next yield.
pub fn enter(vm: &mut Vm, gn: &ObjRef) {
    if let Payload::Generator(g) = &gn.payload {
        let own = std::mem::replace(&mut *g.exc.borrow_mut(), Value::None);
        let caller = if own.is_none() { vm.exc_info.clone() } else { std::mem::replace(&mut vm.exc_info, own) };
        *g.exc.borrow_mut() = caller;
        if g.extra.try_borrow().is_ok_and(|x| x.is_some()) {
            crate::vm::trace::frame_resumed(vm, gn);
        }
    }
}

/// Keep `obj` as the generator's frame object (see `GenExtra::frame_obj`).
pub fn set_frame_object(gn: &ObjRef, obj: Value) {
    if let Payload::Generator(g) = &gn.payload {
        let mut old = Value::None;
        hooks::with_extra(g, |x| old = std::mem::replace(&mut x.frame_obj, obj));
        drop(old);
    }
}

/// The generator's frame object, if one was made.
pub fn frame_object(gn: &ObjRef) -> Option<ObjRef> {
    let Payload::Generator(g) = &gn.payload else { return None };
    let x = g.extra.try_borrow().ok()?;
    x.as_ref()?.frame_obj.as_obj().cloned()
}

/// When a just-entered generator handles no exception of its own, clear the current one
/// (the caller's) and return it so it can be put back.
pub fn hide_caller_exc(vm: &mut Vm, gn: &ObjRef) -> Option<Value> {
    let Payload::Generator(g) = &gn.payload else { return None };
    let own_none = match (&vm.exc_info, &*g.exc.borrow()) {
        (Value::Obj(a), Value::Obj(b)) => a.ptr_eq(b),
        (a, b) => a.is_none() && b.is_none(),
    };
    if own_none { Some(std::mem::replace(&mut vm.exc_info, Value::None)) } else { None }
}

/// Suspension or exit: restore the caller's handled exception and remember the
/// generator's (None when it is the caller's, i.e. the generator handles nothing).
fn leave(vm: &mut Vm, g: &GenData) {
    let caller = std::mem::replace(&mut *g.exc.borrow_mut(), Value::None);
    let cur = std::mem::replace(&mut vm.exc_info, caller.clone());
    let same = match (&cur, &caller) {
        (Value::Obj(a), Value::Obj(b)) => a.ptr_eq(b),
        (a, b) => a.is_none() && b.is_none(),
    };
    *g.exc.borrow_mut() = if same { Value::None } else { cur };
}

fn this(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(&o.payload, Payload::Generator(g) if g.kind != Kind::AsyncGen) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn step(vm: &mut Vm, gn: &ObjRef, sent: Value, throw: Option<PyErr>) -> PyResult<Value> {
    match vm.resume_gen(gn, sent, throw)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    step(vm, &g, Value::None, None)
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "send", 1, 1)?;
    let g = this(vm, &args)?;
    step(vm, &g, args.at(1), None)
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    if args.len() < 2 || args.len() > 4 {
        return Err(vm.type_error(format!("throw expected at least 1 argument, got {}", args.len().saturating_sub(1))));
    }
    match throw_args(vm, &g, args.args[1..].to_vec())? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => Err(vm.stop_iteration(v)),
    }
}

/// The exception `throw(typ, val, tb)` raises, normalised as CPython does.
pub fn make_thrown(vm: &mut Vm, typ: Value, val: Value, tb: Value) -> PyResult<PyErr> {
    let typ_repr = if matches!(typ.payload(), Some(Payload::Type(_))) { vm.repr_string(&typ)? } else { String::new() };
    if !tb.is_none() && !matches!(tb.payload(), Some(Payload::Traceback { .. })) {
        return Err(vm.type_error("throw() third argument must be a traceback object"));
    }
    let exc_base = vm.interp.exc.base_exception.clone();
    let exc = match typ.payload() {
        Some(Payload::Type(_)) => {
            let Value::Obj(t) = &typ else { return Err(vm.type_error("bad type")) };
            if !super::types::is_subtype(t, &exc_base) {
                return Err(vm.type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {}",
                    "type"
                )));
            }
            let is_inst = matches!(&val, Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) && super::types::is_subtype(o.class(), t));
            if is_inst {
                val
            } else {
                let a = match val.payload() {
                    _ if val.is_none() => vec![],
                    Some(Payload::Tuple(items)) => items.to_vec(),
                    _ => vec![val],
                };
                vm.call(&typ, Args::new(a))?
            }
        }
        Some(Payload::Exception(_)) => {
            if !val.is_none() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            typ.clone()
        }
        _ => {
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(&typ)
            )))
        }
    };
    let Value::Obj(e) = exc else { return Err(vm.type_error("exceptions must derive from BaseException")) };
    if !matches!(e.payload, Payload::Exception(_)) {
        return Err(vm.type_error(format!(
            "calling {} should have returned an instance of BaseException, not {}",
            typ_repr,
            vm.type_name(&Value::Obj(e.clone()))
        )));
    }
    if !tb.is_none() {
        if let Payload::Exception(d) = &e.payload {
            *d.traceback.borrow_mut() = tb;
        }
    }
    Ok(PyErr(e))
}

/// The sub-iterator a generator suspended in `yield from` / `await` delegates to: the top
/// of its stack when the instruction it resumes at is RESUME 2 (yield from) or 3 (await).
pub fn yield_from(gn: &ObjRef) -> Option<Value> {
    let Payload::Generator(g) = &gn.payload else { return None };
    if !g.started.get() || g.running.get() {
        return None;
    }
    let fr = g.frame.try_borrow().ok()?;
    let f = fr.as_ref()?;
    let ins = f.code.code.instructions.get(f.pc as usize)?;
    if ins.op == Opcode::RESUME && ins.arg >= 2 {
        f.last().cloned().flatten()
    } else {
        None
    }
}

/// Leave the `yield from` loop of a suspended generator: drop the sub-iterator and
/// continue after SEND (CPython's gen_throw does the same jump).
fn leave_yield_from(gn: &ObjRef) {
    let Payload::Generator(g) = &gn.payload else { return };
    let Ok(mut fr) = g.frame.try_borrow_mut() else { return };
    let Some(f) = fr.as_mut() else { return };
    let Some(send) = f.pc.checked_sub(2).and_then(|i| f.code.code.instructions.get(i as usize)) else { return };
    if send.op != Opcode::SEND {
        return;
    }
    let target = send.arg;
    f.pop();
    f.pc = target;
}

fn set_running(gn: &ObjRef, on: bool) {
    if let Payload::Generator(g) = &gn.payload {
        g.running.set(on);
    }
}

/// `throw()` with PEP 380 delegation: an exception thrown into a generator suspended in
/// `yield from` goes to the sub-iterator first.
pub fn throw(vm: &mut Vm, gn: &ObjRef, exc: PyErr) -> PyResult<Exit> {
    throw_args(vm, gn, vec![exc.value()])
}

fn is_generator_exit(vm: &Vm, v: &Value) -> bool {
    let ge = &vm.interp.exc.generator_exit;
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Type(_) => super::types::is_subtype(o, ge),
            Payload::Exception(_) => super::types::is_subtype(o.class(), ge),
            _ => false,
        },
        _ => false,
    }
}

/// `throw(typ, val, tb)` as given: a delegate gets the arguments unchanged (CPython
/// normalises them only where the exception is raised in a frame).
///
/// A chain of generators delegating by `yield from` is walked iteratively: first down to
/// the innermost generator (or the first delegate that is not a generator), where the
/// exception is thrown; then back up, each level receiving what the level below produced.
/// So a 10,000-deep chain needs no native stack per level.
pub fn throw_args(vm: &mut Vm, gn: &ObjRef, raw: Vec<Value>) -> PyResult<Exit> {
    let closing = raw.first().is_some_and(|t| is_generator_exit(vm, t));
    // path[i] delegates to path[i + 1]; the last one is where the exception lands.
    let mut path = vec![gn.clone()];
    let mut bottom_yf = None;
    while let Some(last) = path.last() {
        let Some(yf) = yield_from(last) else { break };
        match &yf {
            Value::Obj(sub) if matches!(sub.payload, Payload::Generator(_)) => {
                let sub = sub.clone();
                set_running(last, true);
                path.push(sub);
            }
            _ => {
                bottom_yf = Some(yf);
                break;
            }
        }
    }
    let Some(bottom) = path.pop() else { return Err(vm.runtime_error("empty delegation chain")) };
    let mut r = throw_at_bottom(vm, &bottom, bottom_yf, &raw, closing);
    let mut below = bottom;
    while let Some(g) = path.pop() {
        set_running(&g, false);
        r = if closing {
            // The delegate was closed; an error from it is raised in `g`, else `g` gets
            // the GeneratorExit itself.
            match close_result(vm, &below, r) {
                Ok(()) => match make_thrown(vm, at(&raw, 0), at(&raw, 1), at(&raw, 2)) {
                    Ok(e) => vm.resume_gen(&g, Value::None, Some(e)),
                    Err(e) => Err(e),
                },
                Err(e) => vm.resume_gen(&g, Value::None, Some(e)),
            }
        } else {
            match r {
                Ok(Exit::Yield(v)) => Ok(Exit::Yield(v)),
                Ok(Exit::Return(v)) => {
                    leave_yield_from(&g);
                    vm.resume_gen(&g, v, None)
                }
                Err(e) => {
                    leave_yield_from(&g);
                    if vm.err_matches(&e, &vm.interp.exc.stop_iteration.clone()) {
                        let v = super::exceptions::stop_value(&e);
                        vm.resume_gen(&g, v, None)
                    } else {
                        vm.resume_gen(&g, Value::None, Some(e))
                    }
                }
            }
        };
        below = g;
    }
    r
}

fn at(raw: &[Value], i: usize) -> Value {
    raw.get(i).cloned().unwrap_or(Value::None)
}

/// What `close()` makes of throwing GeneratorExit into a generator: Ok when it finished,
/// the RuntimeError when it yielded, its own exception when it raised another.
fn close_result(vm: &mut Vm, gn: &ObjRef, r: PyResult<Exit>) -> PyResult<()> {
    match r {
        Ok(Exit::Yield(_)) => Err(vm.runtime_error(format!("{} ignored GeneratorExit", kind_name(gn)))),
        Ok(Exit::Return(_)) => Ok(()),
        Err(e)
            if vm.err_matches(&e, &vm.interp.exc.generator_exit.clone())
                || vm.err_matches(&e, &vm.interp.exc.stop_iteration.clone()) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Throw into the innermost generator of a chain; `yf` is its delegate when that is not a
/// generator (an iterator with or without throw()/close()).
fn throw_at_bottom(vm: &mut Vm, gn: &ObjRef, yf: Option<Value>, raw: &[Value], closing: bool) -> PyResult<Exit> {
    if let Some(yf) = yf {
        if closing {
            set_running(gn, true);
            let r = close_iter(vm, &yf);
            set_running(gn, false);
            if let Err(e) = r {
                return vm.resume_gen(gn, Value::None, Some(e));
            }
        } else {
            let name = vm.new_str("throw");
            // A delegate without `throw()` gets the exception raised at the yield point.
            if let Some(m) = vm.getattr_opt(&yf, &name, "throw")? {
                set_running(gn, true);
                let r = vm.call(&m, Args::new(raw.to_vec()));
                set_running(gn, false);
                return match r {
                    Ok(v) => Ok(Exit::Yield(v)),
                    Err(e) => {
                        leave_yield_from(gn);
                        if vm.err_matches(&e, &vm.interp.exc.stop_iteration.clone()) {
                            let v = super::exceptions::stop_value(&e);
                            vm.resume_gen(gn, v, None)
                        } else {
                            vm.resume_gen(gn, Value::None, Some(e))
                        }
                    }
                };
            }
        }
    }
    let e = make_thrown(vm, at(raw, 0), at(raw, 1), at(raw, 2))?;
    vm.resume_gen(gn, Value::None, Some(e))
}

/// Close whatever a `yield from` delegates to: generators directly, others by `close()`.
fn close_iter(vm: &mut Vm, yf: &Value) -> PyResult<()> {
    if let Value::Obj(sub) = yf {
        if matches!(sub.payload, Payload::Generator(_)) {
            return close(vm, sub).map(|_| ());
        }
    }
    let name = vm.new_str("close");
    if let Some(m) = vm.getattr_opt(yf, &name, "close")? {
        vm.call(&m, Args::default())?;
    }
    Ok(())
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    close(vm, &g)
}

/// `generator.close()`: raise GeneratorExit at the yield point.
pub fn close(vm: &mut Vm, g: &ObjRef) -> PyResult<Value> {
    let g = g.clone();
    let alive = matches!(&g.payload, Payload::Generator(d) if d.frame.borrow().is_some());
    if !alive {
        return Ok(Value::None);
    }
    let started = matches!(&g.payload, Payload::Generator(d) if d.started.get());
    if !started {
        finish(&g);
        return Ok(Value::None);
    }
    let ge = vm.new_exception_noargs(&vm.interp.exc.generator_exit.clone());
    match throw(vm, &g, ge) {
        Ok(Exit::Yield(_)) => {
            let msg = match kind(&g) {
                Kind::AsyncGen => "async generator ignored GeneratorExit",
                Kind::Coroutine => "coroutine ignored GeneratorExit",
                Kind::Gen => "generator ignored GeneratorExit",
            };
            Err(vm.runtime_error(msg))
        }
        Ok(Exit::Return(_)) => Ok(Value::None),
        Err(e)
            if vm.err_matches(&e, &vm.interp.exc.generator_exit.clone())
                || vm.err_matches(&e, &vm.interp.exc.stop_iteration.clone()) =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

#[derive(PartialEq, Clone, Copy)]
pub enum Kind {
    Gen,
    Coroutine,
    AsyncGen,
}

/// "generator", "coroutine" or "async generator", as CPython's messages name them.
pub fn kind_name(gn: &ObjRef) -> &'static str {
    match kind(gn) {
        Kind::Gen => "generator",
        Kind::Coroutine => "coroutine",
        Kind::AsyncGen => "async generator",
    }
}

/// Which of the three generator-like types a generator object is (from its code flags).
pub fn kind(gn: &ObjRef) -> Kind {
    let Payload::Generator(g) = &gn.payload else { return Kind::Gen };
    g.kind
}

fn gen_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.at(0))
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types.generator;
    super::types::add_method(t, "__next__", gen_next);
    super::types::add_method(t, "__iter__", gen_iter);
    for t in [&vm.interp.types.generator, &vm.interp.types.coroutine] {
        super::types::add_method(t, "send", gen_send);
        super::types::add_method(t, "throw", gen_throw);
        super::types::add_method(t, "close", gen_close);
    }
    super::types::add_method(&vm.interp.types.coroutine, "__await__", gen_iter);
    asyncgen::register(vm);
    attrs::register(vm);
}
