//! Native dunder methods of built-in types (`int.__add__`, `list.__eq__`, ...): thin
//! wrappers over the dunder-free fast paths, so explicit calls, `super()` and subclasses
//! see the same behaviour as the eval loop's fast paths.

use super::payload::NativeFn;
use super::value::Value;
use crate::bytecode::opcode::{BinOpArg, CompareArg, Opcode};
use crate::objects::heap::ObjRef;
use crate::vm::{Args, PyResult, Vm};

fn binop(vm: &mut Vm, args: Args, op: BinOpArg, reflected: bool) -> PyResult<Value> {
    if args.args.len() != 2 {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.args.len().saturating_sub(1))));
    }
    let (a, b) = if reflected { (args.at(1), args.at(0)) } else { (args.at(0), args.at(1)) };
    match super::arith::builtin_binop(vm, &a, &b, op)? {
        Some(v) => Ok(v),
        None => Ok(vm.interp.not_implemented.clone()),
    }
}

macro_rules! binops {
    ($( $f:ident, $rf:ident, $name:literal, $rname:literal, $op:ident; )*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> { binop(vm, args, BinOpArg::$op, false) }
            fn $rf(vm: &mut Vm, args: Args) -> PyResult<Value> { binop(vm, args, BinOpArg::$op, true) }
        )*
        fn binop_fn(name: &str) -> Option<NativeFn> {
            match name {
                $( $name => Some($f), $rname => Some($rf), )*
                _ => None,
            }
        }
        pub const NUMBER_BINOPS: &[&str] = &[$( $name, $rname, )*];
    };
}

binops! {
    d_add, d_radd, "__add__", "__radd__", Add;
    d_sub, d_rsub, "__sub__", "__rsub__", Subtract;
    d_mul, d_rmul, "__mul__", "__rmul__", Multiply;
    d_truediv, d_rtruediv, "__truediv__", "__rtruediv__", TrueDivide;
    d_floordiv, d_rfloordiv, "__floordiv__", "__rfloordiv__", FloorDivide;
    d_mod, d_rmod, "__mod__", "__rmod__", Remainder;
    d_pow, d_rpow, "__pow__", "__rpow__", Power;
    d_lshift, d_rlshift, "__lshift__", "__rlshift__", LShift;
    d_rshift, d_rrshift, "__rshift__", "__rrshift__", RShift;
    d_and, d_rand, "__and__", "__rand__", And;
    d_or, d_ror, "__or__", "__ror__", Or;
    d_xor, d_rxor, "__xor__", "__rxor__", Xor;
}

fn cmp(vm: &mut Vm, args: Args, op: CompareArg) -> PyResult<Value> {
    let (a, b) = (args.at(0), args.at(1));
    match super::compare::builtin_compare(vm, &a, &b, op)? {
        Some(r) => Ok(Value::Bool(r)),
        None => Ok(vm.interp.not_implemented.clone()),
    }
}

fn d_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, args, CompareArg::Eq)
}
fn d_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, args, CompareArg::Ne)
}
fn d_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, args, CompareArg::Lt)
}
fn d_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, args, CompareArg::Le)
}
fn d_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, args, CompareArg::Gt)
}
fn d_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    cmp(vm, args, CompareArg::Ge)
}

/// `object.__eq__`: identity, else NotImplemented.
pub fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.at(0).is(&args.at(1)) { Ok(Value::Bool(true)) } else { Ok(vm.interp.not_implemented.clone()) }
}
pub fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = (args.at(0), args.at(1));
    let ty = vm.interp.type_of(&a).clone();
    if let Some(eq) = super::types::lookup(&ty, "__eq__") {
        let r = vm.call(&eq, Args::new(vec![a, b]))?;
        if vm.is_not_implemented(&r) {
            return Ok(r);
        }
        return Ok(Value::Bool(!vm.truthy(&r)?));
    }
    Ok(vm.interp.not_implemented.clone())
}

fn unary(vm: &mut Vm, args: Args, op: Opcode) -> PyResult<Value> {
    let v = args.at(0);
    let plain = super::int::as_int(&v).map(|i| vm.new_int(i)).or(match super::arith::as_num(&v) {
        Some(super::arith::Num::Float(f)) => Some(Value::Float(f)),
        _ => None,
    });
    match plain {
        Some(p) => vm.unary_op(op, &p),
        None => Err(vm.type_error("bad operand")),
    }
}
fn d_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, Opcode::UNARY_NEGATIVE)
}
fn d_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, Opcode::UNARY_POSITIVE)
}
fn d_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, Opcode::UNARY_INVERT)
}
fn d_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.at(0);
    let plain = match super::arith::as_num(&v) {
        Some(super::arith::Num::Int(i)) => vm.new_int(i),
        Some(super::arith::Num::Float(f)) => Value::Float(f),
        _ => return Ok(Value::Bool(true)),
    };
    Ok(Value::Bool(vm.truthy(&plain)?))
}

fn d_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::subscript::builtin_getitem(vm, &args.at(0), &args.at(1))
}
fn d_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::subscript::builtin_setitem(vm, &args.at(0), args.at(1), args.at(2))?;
    Ok(Value::None)
}
fn d_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::subscript::builtin_delitem(vm, &args.at(0), &args.at(1))?;
    Ok(Value::None)
}
fn d_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.at(0);
    let n = match v.payload() {
        Some(super::payload::Payload::List(l)) => l.borrow().len(),
        Some(super::payload::Payload::Tuple(t)) => t.len(),
        Some(super::payload::Payload::Str(s)) => s.len(),
        Some(super::payload::Payload::Set(s)) => s.borrow().len(),
        Some(super::payload::Payload::FrozenSet(s)) => s.len(),
        Some(super::payload::Payload::Bytes(b)) => b.len(),
        Some(super::payload::Payload::Dict(d)) => d.borrow().len(),
        Some(super::payload::Payload::Range { .. }) => super::range::range_len(&v),
        _ => return Err(vm.type_error("bad __len__ receiver")),
    };
    Ok(Value::Int(n as i64))
}
fn d_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (c, x) = (args.at(0), args.at(1));
    // Strip the subclass so the dunder-free path runs.
    Ok(Value::Bool(crate::vm::protocol::builtin_contains(vm, &c, &x)?))
}
fn d_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::protocol::builtin_iter(vm, &args.at(0))
}

fn add(t: &ObjRef, name: &'static str, f: NativeFn) {
    super::types::add_method(t, name, f);
}

pub fn register_binops(t: &ObjRef, names: &[&'static str]) {
    for &n in names {
        if let Some(f) = binop_fn(n) {
            add(t, n, f);
        }
    }
}

pub fn register_number(t: &ObjRef) {
    register_binops(t, NUMBER_BINOPS);
    add(t, "__neg__", d_neg);
    add(t, "__pos__", d_pos);
    add(t, "__invert__", d_invert);
    add(t, "__bool__", d_bool);
    register_compares(t);
}

/// register_number without the int-only operators (bitwise, shifts, `~`): float's set.
pub fn register_float_number(t: &ObjRef) {
    let bitwise = ["__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__"];
    let arith: Vec<&'static str> = NUMBER_BINOPS.iter().copied().filter(|n| !bitwise.contains(n)).collect();
    register_binops(t, &arith);
    add(t, "__neg__", d_neg);
    add(t, "__pos__", d_pos);
    add(t, "__bool__", d_bool);
    register_compares(t);
}

pub fn register_compares(t: &ObjRef) {
    add(t, "__eq__", d_eq);
    add(t, "__ne__", d_ne);
    add(t, "__lt__", d_lt);
    add(t, "__le__", d_le);
    add(t, "__gt__", d_gt);
    add(t, "__ge__", d_ge);
}

pub fn register_container(t: &ObjRef) {
    add(t, "__getitem__", d_getitem);
    add(t, "__len__", d_len);
    add(t, "__contains__", d_contains);
    add(t, "__iter__", d_iter);
}

pub fn register_mutable(t: &ObjRef) {
    add(t, "__setitem__", d_setitem);
    add(t, "__delitem__", d_delitem);
}
