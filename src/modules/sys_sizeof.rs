//! `sys.getsizeof` and `object.__sizeof__`: the sizes CPython 3.11 reports on a 64-bit
//! build, from its per-type formulas (basic size, item size, over-allocation), so
//! programs that print them agree with python3. minipy's own layout is different; these
//! numbers describe the CPython object the value stands for.

use crate::objects::payload::Payload;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// The GC header CPython puts before every object of a collected type.
const GC_HEADER: i64 = 16;

/// Bytes of a CPython int with this many significant bits (30-bit digits, at least one).
fn int_size(bits: u64) -> i64 {
    24 + 4 * (bits.div_ceil(30).max(1) as i64)
}

/// Slots CPython's list over-allocation leaves after growing to `n` by appends.
fn list_alloc(n: usize) -> usize {
    let mut alloc = 0usize;
    while alloc < n {
        let size = alloc + 1;
        alloc = (size + (size >> 3) + 6) & !3;
    }
    alloc
}

/// Size of a dict's keys object holding `n` entries inserted one by one (0: none).
fn dict_keys_size(n: usize, str_keys: bool) -> i64 {
    if n == 0 {
        return 0;
    }
    let mut size = 8usize;
    while n > (size << 1) / 3 {
        size <<= 1;
    }
    let index_bytes = match size {
        s if s <= 0xff => 1,
        s if s <= 0xffff => 2,
        s if s <= 0xffff_ffff => 4,
        _ => 8,
    };
    let usable = (size << 1) / 3;
    let entry = if str_keys { 16 } else { 24 };
    (32 + size * index_bytes + usable * entry) as i64
}

/// Size of a set's table beyond the inline one of 8 slots, for `n` added elements.
fn set_table_size(n: usize) -> i64 {
    let mut mask = 7usize;
    let mut fill = 0usize;
    for used in 1..=n {
        fill += 1;
        if fill * 5 >= mask * 3 {
            let min = if used > 50000 { used * 2 } else { used * 4 };
            let mut size = 8usize;
            while size <= min {
                size <<= 1;
            }
            mask = size - 1;
            fill = used;
        }
    }
    if mask == 7 {
        0
    } else {
        ((mask + 1) * 16) as i64
    }
}

/// `__sizeof__` of a built-in value (no GC header) and whether its type is collected.
fn builtin_size(vm: &Vm, v: &Value) -> (i64, bool) {
    match v {
        Value::None => (16, false),
        Value::Bool(_) => (28, false),
        Value::Int(i) => (int_size(64 - i.unsigned_abs().leading_zeros() as u64), false),
        Value::Float(_) => (24, false),
        Value::Obj(o) => match &o.payload {
            Payload::Int(i) => (int_size(i.to_bigint().bits()), false),
            Payload::Float(_) => (24, false),
            Payload::Complex(..) => (32, false),
            Payload::Str(s) => {
                if s.is_ascii() {
                    (48 + s.len() as i64 + 1, false)
                } else {
                    let text = s.to_lossy();
                    let max = text.chars().map(|c| c as u32).max().unwrap_or(0);
                    let kind = if max < 0x100 { 1 } else if max < 0x10000 { 2 } else { 4 };
                    (72 + kind * (text.chars().count() as i64 + 1), false)
                }
            }
            Payload::Bytes(b) => (33 + b.len() as i64, false),
            Payload::ByteArray(b) => {
                let n = b.borrow().len() as i64;
                (56 + if n > 0 { n + 1 } else { 0 }, false)
            }
            Payload::Tuple(items) => (24 + 8 * items.len() as i64, true),
            Payload::List(items) => {
                let items = items.borrow();
                // A list made at its final size has no spare slots; one that grew did.
                let alloc = if items.capacity() > items.len() { list_alloc(items.len()) } else { items.len() };
                (40 + 8 * alloc as i64, true)
            }
            Payload::Dict(t) => {
                let t = t.borrow();
                let str_keys = t.iter().all(|(k, _)| matches!(k.payload(), Some(Payload::Str(_))));
                (48 + dict_keys_size(t.len(), str_keys), true)
            }
            Payload::Set(t) => (200 + set_table_size(t.borrow().len()), true),
            Payload::FrozenSet(t) => (200 + set_table_size(t.len()), true),
            Payload::Range { .. } => (48, false),
            Payload::Slice(..) => (40, true),
            Payload::Function(_) => (136, true),
            Payload::Builtin(_) => (56, true),
            Payload::BoundMethod { .. } => (32, true),
            Payload::Cell(_) => (24, true),
            Payload::Module(_) => (56, true),
            Payload::Generator(_) => (184, true),
            Payload::Iter(_) => (32, true),
            Payload::Property { .. } => (64, true),
            Payload::ClassMethod(_) | Payload::StaticMethod(_) => (32, true),
            Payload::Type(_) => (888, true),
            Payload::Exception(_) => (72, true),
            Payload::NotImplemented | Payload::Ellipsis => (16, false),
            Payload::Instance => instance_size(vm, v),
            _ => (16, false),
        },
    }
}

/// An instance of a class: its `__slots__`, else the weakref slot (the dict is managed).
fn instance_size(vm: &Vm, v: &Value) -> (i64, bool) {
    let cls = vm.interp.type_of(v).clone();
    if cls.ptr_eq(&vm.interp.types.object) {
        return (16, false);
    }
    match crate::objects::types::lookup(&cls, "__slots__") {
        Some(slots) => {
            let n = match slots.payload() {
                Some(Payload::Str(_)) => 1,
                Some(Payload::Tuple(t)) => t.len(),
                Some(Payload::List(l)) => l.borrow().len(),
                _ => 0,
            };
            (16 + 8 * n as i64, true)
        }
        None => (24, true),
    }
}

/// The extra bytes CPython counts before an object: the GC header, and the managed
/// dict/weakref pointers of a plain class's instances.
fn pre_header(vm: &Vm, v: &Value, gc: bool) -> i64 {
    if !gc {
        return 0;
    }
    let managed = matches!(v.payload(), Some(Payload::Instance))
        && crate::objects::types::lookup(&vm.interp.type_of(v).clone(), "__slots__").is_none();
    GC_HEADER + if managed { 16 } else { 0 }
}

/// `object.__sizeof__(self)`.
pub fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__sizeof__", 0, 0)?;
    Ok(Value::Int(builtin_size(vm, &args.at(0)).0))
}

/// `sys.getsizeof(object[, default])`.
pub fn getsizeof(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if let Some(d) = args.take_kw("default") {
        args.args.push(d);
    }
    args.check(vm, "getsizeof", 1, 2)?;
    let v = args.at(0);
    let cls = vm.interp.type_of(&v).clone();
    let (base, gc) = builtin_size(vm, &v);
    let size = match crate::objects::types::lookup(&cls, "__sizeof__") {
        // A class of the program's own that defines __sizeof__: its answer counts.
        Some(f) if matches!(f.payload(), Some(Payload::Function(_))) => {
            let r = match vm.call(&f, Args::new(vec![v.clone()])) {
                Ok(r) => r,
                Err(e) if args.len() > 1 && vm.is_instance_of(&e.value(), &vm.interp.exc.type_error.clone()) => {
                    return Ok(args.at(1));
                }
                Err(e) => return Err(e),
            };
            let Some(n) = crate::objects::int::as_int(&r) else {
                return Err(vm.type_error("an integer is required"));
            };
            let n = n.to_i64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
            if n < 0 {
                return Err(vm.value_error("__sizeof__() should return >= 0"));
            }
            n
        }
        _ => base,
    };
    Ok(Value::Int(size + pre_header(vm, &v, gc)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_matches_cpython() {
        assert_eq!(list_alloc(1), 4);
        assert_eq!(list_alloc(5), 8);
        assert_eq!(list_alloc(9), 16);
        assert_eq!(list_alloc(17), 24);
        assert_eq!(dict_keys_size(1, false), 160);
        assert_eq!(dict_keys_size(6, false), 288);
        assert_eq!(dict_keys_size(11, false), 568);
        assert_eq!(set_table_size(4), 0);
        assert_eq!(set_table_size(5), 512);
        assert_eq!(set_table_size(19), 2048);
    }
}
