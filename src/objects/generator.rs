//! Generators: an object owning a suspended frame. Resumed from the eval loop (FOR_ITER,
//! SEND) by pushing the frame, or from Rust by `Vm::resume_gen`.

use std::cell::{Cell, RefCell};

use super::heap::ObjRef;
use super::payload::{Function, GenData, Payload};
use super::value::Value;
use crate::vm::eval::Exit;
use crate::vm::frame::Frame;
use crate::vm::{Args, PyErr, PyResult, Vm};

pub fn new_generator(vm: &Vm, f: &Function, frame: Box<Frame>) -> Value {
    Value::Obj(ObjRef::new(
        vm.interp.types.generator.clone(),
        Payload::Generator(GenData {
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            started: Cell::new(false),
            name: RefCell::new(f.name.borrow().clone()),
            qualname: RefCell::new(f.qualname.borrow().clone()),
        }),
    ))
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
pub fn suspend(gn: &ObjRef, frame: Box<Frame>) {
    if let Payload::Generator(g) = &gn.payload {
        g.running.set(false);
        *g.frame.borrow_mut() = Some(frame);
    }
}

fn this(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
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
    let typ = args.at(1);
    let exc = match typ.payload() {
        Some(Payload::Type(_)) => {
            let a = if args.len() > 2 && !args.at(2).is_none() { vec![args.at(2)] } else { vec![] };
            vm.call(&typ, Args::new(a))?
        }
        _ => typ,
    };
    let Value::Obj(e) = exc else { return Err(vm.type_error("exceptions must derive from BaseException")) };
    if !matches!(e.payload, Payload::Exception(_)) {
        return Err(vm.type_error("exceptions must derive from BaseException"));
    }
    step(vm, &g, Value::None, Some(PyErr(e)))
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
    match vm.resume_gen(&g, Value::None, Some(ge)) {
        Ok(Exit::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
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

fn gen_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.at(0))
}

pub fn register(vm: &Vm) {
    let t = &vm.interp.types.generator;
    super::types::add_method(t, "__next__", gen_next);
    super::types::add_method(t, "__iter__", gen_iter);
    super::types::add_method(t, "send", gen_send);
    super::types::add_method(t, "throw", gen_throw);
    super::types::add_method(t, "close", gen_close);
}
