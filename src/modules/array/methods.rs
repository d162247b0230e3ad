//! array.array's methods and protocol dunders, with CPython's messages.

use super::typecode::{self, load, store};
use super::{base_type, new_array, ArrayData};
use crate::objects::buffer;
use crate::objects::getset::add_getset;
use crate::objects::payload::{IterState, NativeFn, Payload};
use crate::objects::subscript::{slice_indices, slice_positions, to_index};
use crate::objects::types::add_method;
use crate::objects::value::Value;
use crate::bytecode::opcode::CompareArg;
use crate::vm::{Args, PyResult, Vm};

fn arr<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ArrayData> {
    match v.payload() {
        Some(Payload::Array(a)) => Ok(a),
        _ => Err(vm.type_error(format!("descriptor requires a 'array.array' object but received a '{}'", vm.type_name(v)))),
    }
}

fn items(vm: &Vm, a: &ArrayData) -> Vec<Value> {
    let size = a.itemsize();
    a.data.borrow().chunks_exact(size).map(|c| load(vm, a.code, c)).collect()
}

fn item(vm: &Vm, a: &ArrayData, i: usize) -> Option<Value> {
    let size = a.itemsize();
    a.data.borrow().get(i * size..(i + 1) * size).map(|c| load(vm, a.code, c))
}

/// Convert every value first, so a bad item leaves the array unchanged.
fn encode_all(vm: &mut Vm, code: u8, vals: &[Value]) -> PyResult<Vec<u8>> {
    let size = typecode::itemsize(code).unwrap_or(1);
    let mut out = Vec::with_capacity(vals.len() * size);
    for v in vals {
        out.extend_from_slice(&store(vm, code, v)?[..size]);
    }
    Ok(out)
}

fn grow(vm: &Vm, me: &Value, more: &[u8]) -> PyResult<()> {
    if more.is_empty() {
        return Ok(());
    }
    buffer::check_array_resize(vm, me)?;
    arr(vm, me)?.data.borrow_mut().extend_from_slice(more);
    Ok(())
}

/// Append the items of any iterable (an array of the same typecode is copied raw).
pub fn extend_values(vm: &mut Vm, me: &Value, src: &Value) -> PyResult<()> {
    let code = arr(vm, me)?.code;
    if let Some(Payload::Array(o)) = src.payload() {
        if o.code == code {
            let raw = o.data.borrow().clone();
            return grow(vm, me, &raw);
        }
    }
    let vals = vm.collect_iterable(src)?;
    let raw = encode_all(vm, code, &vals)?;
    grow(vm, me, &raw)
}

pub fn extend_bytes(vm: &mut Vm, me: &Value, src: &Value) -> PyResult<()> {
    if let Some(Payload::Str(_)) = src.payload() {
        return Err(vm.type_error("a bytes-like object is required, not 'str'"));
    }
    // Items wider than a byte are not bytes (CPython's frombytes checks the itemsize).
    let wide = match src.payload() {
        Some(Payload::MemoryView(m)) => m.itemsize != 1,
        Some(Payload::Array(a)) => a.itemsize() != 1,
        _ => false,
    };
    if wide {
        return Err(vm.type_error("a bytes-like object is required"));
    }
    let Some(raw) = crate::objects::bytes::as_bytes(src) else {
        return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(src))));
    };
    if raw.len() % arr(vm, me)?.itemsize() != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    grow(vm, me, &raw)
}

pub fn extend_unicode(vm: &mut Vm, me: &Value, src: &Value) -> PyResult<()> {
    let Some(Payload::Str(s)) = src.payload() else {
        return Err(vm.type_error(format!("fromunicode() argument must be str, not {}", vm.type_name(src))));
    };
    if arr(vm, me)?.code != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let raw: Vec<u8> = s.code_points().into_iter().flat_map(|c| c.to_ne_bytes()).collect();
    grow(vm, me, &raw)
}

fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match to_index(vm, v)? {
        Some(i) => Ok(i),
        None => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

fn plain(vm: &Vm, me: &Value, code: u8, data: Vec<u8>) -> Value {
    new_array(&base_type(vm, me), code, data, None)
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, key) = (args.at(0), args.at(1));
    let a = arr(vm, &me)?;
    let (n, size) = (a.len(), a.itemsize());
    if let Some(Payload::Slice(..)) = key.payload() {
        let (start, stop, step) = slice_indices(vm, &key, n as i64)?;
        let data = a.data.borrow();
        let mut out = Vec::new();
        for p in slice_positions(start, stop, step) {
            out.extend_from_slice(data.get(p * size..(p + 1) * size).unwrap_or(&[]));
        }
        drop(data);
        return Ok(plain(vm, &me, a.code, out));
    }
    let Some(i) = to_index(vm, &key)? else { return Err(vm.type_error("array indices must be integers")) };
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("array index out of range"));
    }
    Ok(item(vm, a, j as usize).unwrap_or(Value::None))
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, key, value) = (args.at(0), args.at(1), args.at(2));
    let a = arr(vm, &me)?;
    let (n, size, code) = (a.len(), a.itemsize(), a.code);
    if let Some(Payload::Slice(..)) = key.payload() {
        let src = match value.payload() {
            Some(Payload::Array(o)) if o.code == code => o.data.borrow().clone(),
            Some(Payload::Array(_)) => return Err(vm.type_error("bad argument type for built-in operation")),
            _ => return Err(vm.type_error(format!("can only assign array (not \"{}\") to array slice", vm.type_name(&value)))),
        };
        let (start, stop, step) = slice_indices(vm, &key, n as i64)?;
        if step == 1 {
            let lo = start.clamp(0, n as i64) as usize;
            let hi = stop.clamp(lo as i64, n as i64) as usize;
            if src.len() != (hi - lo) * size {
                buffer::check_array_resize(vm, &me)?;
            }
            a.data.borrow_mut().splice(lo * size..hi * size, src);
            return Ok(Value::None);
        }
        let pos = slice_positions(start, stop, step);
        if pos.len() * size != src.len() {
            return Err(vm.value_error(format!(
                "attempt to assign array of size {} to extended slice of size {}",
                src.len() / size,
                pos.len()
            )));
        }
        let mut data = a.data.borrow_mut();
        for (k, p) in pos.into_iter().enumerate() {
            if let Some(dst) = data.get_mut(p * size..(p + 1) * size) {
                dst.copy_from_slice(&src[k * size..(k + 1) * size]);
            }
        }
        return Ok(Value::None);
    }
    let Some(i) = to_index(vm, &key)? else { return Err(vm.type_error("array indices must be integers")) };
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("array assignment index out of range"));
    }
    let raw = store(vm, code, &value)?;
    let j = j as usize;
    if let Some(dst) = a.data.borrow_mut().get_mut(j * size..(j + 1) * size) {
        dst.copy_from_slice(&raw[..size]);
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, key) = (args.at(0), args.at(1));
    let a = arr(vm, &me)?;
    let (n, size) = (a.len(), a.itemsize());
    let mut pos = if let Some(Payload::Slice(..)) = key.payload() {
        let (start, stop, step) = slice_indices(vm, &key, n as i64)?;
        slice_positions(start, stop, step)
    } else {
        let Some(i) = to_index(vm, &key)? else { return Err(vm.type_error("array indices must be integers")) };
        let j = if i < 0 { i + n as i64 } else { i };
        if j < 0 || j >= n as i64 {
            return Err(vm.index_error("array assignment index out of range"));
        }
        vec![j as usize]
    };
    if pos.is_empty() {
        return Ok(Value::None);
    }
    buffer::check_array_resize(vm, &me)?;
    pos.sort_unstable();
    let mut data = a.data.borrow_mut();
    for p in pos.into_iter().rev() {
        if (p + 1) * size <= data.len() {
            data.drain(p * size..(p + 1) * size);
        }
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    Ok(Value::Int(arr(vm, &me)?.len() as i64))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    arr(vm, &me)?;
    // Indexing as it goes, so the iterator sees later changes (as arrayiterator does).
    Ok(vm.new_iter(&vm.interp.types.array_iterator.clone(), IterState::GetItem { obj: me, index: 0 }))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, x) = (args.at(0), args.at(1));
    let vals = items(vm, arr(vm, &me)?);
    for v in &vals {
        if vm.eq(v, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let a = arr(vm, &me)?;
    let name = vm.type_name(&me);
    let code = a.code as char;
    if a.len() == 0 {
        return Ok(vm.new_str(&format!("{name}('{code}')")));
    }
    let body = if a.code == b'u' { tounicode_value(vm, a) } else { vm.new_list(items(vm, a)) };
    let r = vm.repr(&body)?;
    let r = crate::objects::str::as_str_lossy(&r).into_owned();
    Ok(vm.new_str(&format!("{name}('{code}', {r})")))
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, other) = (args.at(0), args.at(1));
    let a = arr(vm, &me)?;
    let Some(Payload::Array(b)) = other.payload() else {
        return Err(vm.type_error(format!("can only append array (not \"{}\") to array", vm.type_name(&other))));
    };
    if a.code != b.code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let mut data = a.data.borrow().clone();
    data.extend_from_slice(&b.data.borrow());
    Ok(plain(vm, &me, a.code, data))
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, other) = (args.at(0), args.at(1));
    let a = arr(vm, &me)?;
    let Some(Payload::Array(b)) = other.payload() else {
        return Err(vm.type_error(format!("can only extend array with array (not \"{}\")", vm.type_name(&other))));
    };
    if a.code != b.code {
        return Err(vm.type_error("can only extend with array of same kind"));
    }
    let more = b.data.borrow().clone();
    grow(vm, &me, &more)?;
    Ok(me)
}

fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<usize>> {
    Ok(to_index(vm, n)?.map(|k| k.max(0) as usize))
}

fn repeated(vm: &Vm, data: &[u8], k: usize) -> PyResult<Vec<u8>> {
    if data.len().checked_mul(k).map_or(true, |t| t > (1 << 34)) {
        return Err(vm.new_exception_noargs(&vm.interp.exc.memory_error.clone()));
    }
    Ok(data.repeat(k))
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, n) = (args.at(0), args.at(1));
    let Some(k) = repeat_count(vm, &n)? else {
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", vm.type_name(&n))));
    };
    let a = arr(vm, &me)?;
    let data = repeated(vm, &a.data.borrow(), k)?;
    Ok(plain(vm, &me, a.code, data))
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, n) = (args.at(0), args.at(1));
    let k = index_arg(vm, &n)?.max(0) as usize;
    let a = arr(vm, &me)?;
    let cur = a.data.borrow().clone();
    if k != 1 && !cur.is_empty() {
        buffer::check_array_resize(vm, &me)?;
        *a.data.borrow_mut() = repeated(vm, &cur, k)?;
    }
    Ok(me)
}

fn compare(vm: &mut Vm, args: &Args, op: CompareArg) -> PyResult<Value> {
    let (me, other) = (args.at(0), args.at(1));
    let a = arr(vm, &me)?;
    let Some(Payload::Array(b)) = other.payload() else { return Ok(vm.interp.not_implemented.clone()) };
    if a.len() != b.len() && matches!(op, CompareArg::Eq | CompareArg::Ne) {
        return Ok(Value::Bool(op == CompareArg::Ne));
    }
    if a.code == b.code && matches!(op, CompareArg::Eq | CompareArg::Ne) && !matches!(a.code, b'f' | b'd') {
        let same = *a.data.borrow() == *b.data.borrow();
        return Ok(Value::Bool(same == (op == CompareArg::Eq)));
    }
    let (x, y) = (items(vm, a), items(vm, b));
    for (p, q) in x.iter().zip(y.iter()) {
        // Item by item as CPython does (nan != nan even in the same array).
        let eq = vm.compare(p, q, CompareArg::Eq)?;
        if !vm.truthy(&eq)? {
            return match op {
                CompareArg::Eq => Ok(Value::Bool(false)),
                CompareArg::Ne => Ok(Value::Bool(true)),
                _ => vm.compare(p, q, op),
            };
        }
    }
    let (m, n) = (x.len(), y.len());
    Ok(Value::Bool(match op {
        CompareArg::Lt => m < n,
        CompareArg::Le => m <= n,
        CompareArg::Gt => m > n,
        CompareArg::Ge => m >= n,
        CompareArg::Eq => m == n,
        _ => m != n,
    }))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CompareArg::Eq)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CompareArg::Ne)
}
fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CompareArg::Lt)
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CompareArg::Le)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CompareArg::Gt)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CompareArg::Ge)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let a = arr(vm, &me)?;
    let data = a.data.borrow().clone();
    Ok(plain(vm, &me, a.code, data))
}

/// `(type(self), (typecode, list), __dict__ or None)`: enough for copy and for pickle's
/// protocol 2 form; CPython's protocol-3 `_array_reconstructor` form is not produced.
fn reduce_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let a = arr(vm, &me)?;
    let cls = Value::Obj(vm.interp.type_of(&me).clone());
    let code = vm.new_str(&(a.code as char).to_string());
    let list = vm.new_list(items(vm, a));
    let state = match me.as_obj().and_then(|o| o.dict.clone()) {
        Some(d) if matches!(&d.payload, Payload::Dict(t) if t.borrow().len() > 0) => Value::Obj(d),
        _ => Value::None,
    };
    let inner = vm.new_tuple(vec![code, list]);
    Ok(vm.new_tuple(vec![cls, inner, state]))
}

fn sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let a = arr(vm, &me)?;
    Ok(Value::Int(64 + a.data.borrow().capacity() as i64))
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "append", 1, 1)?;
    let me = args.at(0);
    let code = arr(vm, &me)?.code;
    let raw = store(vm, code, &args.at(1))?;
    grow(vm, &me, &raw[..typecode::itemsize(code).unwrap_or(1)])?;
    Ok(Value::None)
}

fn buffer_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "buffer_info", 0, 0)?;
    let me = args.at(0);
    let a = arr(vm, &me)?;
    let addr = a.data.borrow().as_ptr() as usize as i64;
    Ok(vm.new_tuple(vec![Value::Int(addr), Value::Int(a.len() as i64)]))
}

fn byteswap(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "byteswap", 0, 0)?;
    let me = args.at(0);
    let a = arr(vm, &me)?;
    let size = a.itemsize();
    for c in a.data.borrow_mut().chunks_exact_mut(size) {
        c.reverse();
    }
    Ok(Value::None)
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "count", 1, 1)?;
    let (me, x) = (args.at(0), args.at(1));
    let vals = items(vm, arr(vm, &me)?);
    let mut n = 0;
    for v in &vals {
        if vm.eq(v, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "extend", 1, 1)?;
    let (me, src) = (args.at(0), args.at(1));
    if let Some(Payload::Array(o)) = src.payload() {
        if o.code != arr(vm, &me)?.code {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
    }
    extend_values(vm, &me, &src)?;
    Ok(Value::None)
}

fn frombytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "frombytes", 1, 1)?;
    extend_bytes(vm, &args.at(0), &args.at(1))?;
    Ok(Value::None)
}

fn fromfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "fromfile", 2, 2)?;
    let (me, f) = (args.at(0), args.at(1));
    let n = index_arg(vm, &args.at(2))?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let size = arr(vm, &me)?.itemsize();
    let want = (n as usize).saturating_mul(size);
    let data = vm.call_method(&f, "read", vec![Value::Int(want as i64)])?;
    let Some(Payload::Bytes(b)) = data.payload() else { return Err(vm.type_error("read() didn't return bytes")) };
    let usable = b.len() - b.len() % size;
    grow(vm, &me, &b[..usable])?;
    if b.len() != want {
        return Err(vm.new_error(&vm.interp.exc.eof_error.clone(), "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}

fn fromlist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "fromlist", 1, 1)?;
    let (me, src) = (args.at(0), args.at(1));
    let Some(Payload::List(l)) = src.payload() else { return Err(vm.type_error("arg must be list")) };
    let vals = l.borrow().clone();
    let code = arr(vm, &me)?.code;
    let raw = encode_all(vm, code, &vals)?;
    grow(vm, &me, &raw)?;
    Ok(Value::None)
}

fn fromunicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "fromunicode", 1, 1)?;
    extend_unicode(vm, &args.at(0), &args.at(1))?;
    Ok(Value::None)
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "index", 1, 3)?;
    let (me, x) = (args.at(0), args.at(1));
    let vals = items(vm, arr(vm, &me)?);
    let (lo, hi) = crate::objects::subscript::search_bounds(vm, &args, 2, vals.len())?;
    for (i, v) in vals.iter().enumerate().take(hi).skip(lo) {
        if vm.eq(v, &x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("array.index(x): x not in array"))
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "insert", 2, 2)?;
    let me = args.at(0);
    let i = index_arg(vm, &args.at(1))?;
    let a = arr(vm, &me)?;
    let (code, size, n) = (a.code, a.itemsize(), a.len() as i64);
    let raw = store(vm, code, &args.at(2))?;
    buffer::check_array_resize(vm, &me)?;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    a.data.borrow_mut().splice(at * size..at * size, raw[..size].iter().copied());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "pop", 0, 1)?;
    let me = args.at(0);
    let i = match args.get(1).cloned() {
        Some(v) => index_arg(vm, &v)?,
        None => -1,
    };
    let a = arr(vm, &me)?;
    let n = a.len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = item(vm, a, j as usize).unwrap_or(Value::None);
    buffer::check_array_resize(vm, &me)?;
    let size = a.itemsize();
    let j = j as usize;
    a.data.borrow_mut().drain(j * size..(j + 1) * size);
    Ok(v)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "remove", 1, 1)?;
    let (me, x) = (args.at(0), args.at(1));
    let vals = items(vm, arr(vm, &me)?);
    for (i, v) in vals.iter().enumerate() {
        if vm.eq(v, &x)? {
            buffer::check_array_resize(vm, &me)?;
            let a = arr(vm, &me)?;
            let size = a.itemsize();
            let mut data = a.data.borrow_mut();
            if (i + 1) * size <= data.len() {
                data.drain(i * size..(i + 1) * size);
            }
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("array.remove(x): x not in array"))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "reverse", 0, 0)?;
    let me = args.at(0);
    let a = arr(vm, &me)?;
    let size = a.itemsize();
    let mut data = a.data.borrow_mut();
    let rev: Vec<u8> = data.chunks_exact(size).rev().flatten().copied().collect();
    *data = rev;
    Ok(Value::None)
}

fn tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "tobytes", 0, 0)?;
    let me = args.at(0);
    let data = arr(vm, &me)?.data.borrow().clone();
    Ok(vm.new_bytes(data))
}

fn tofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "tofile", 1, 1)?;
    let me = args.at(0);
    let data = arr(vm, &me)?.data.borrow().clone();
    // In blocks, as CPython writes them (a file object may limit one write).
    for chunk in data.chunks(64 * 1024) {
        let b = vm.new_bytes(chunk.to_vec());
        vm.call_method(&args.at(1), "write", vec![b])?;
    }
    Ok(Value::None)
}

fn tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "tolist", 0, 0)?;
    let me = args.at(0);
    let vals = items(vm, arr(vm, &me)?);
    Ok(vm.new_list(vals))
}

fn tounicode_value(vm: &Vm, a: &ArrayData) -> Value {
    let cps: Vec<u32> = a.data.borrow().chunks_exact(4).map(|c| u32::from_ne_bytes([c[0], c[1], c[2], c[3]]).min(0x10FFFF)).collect();
    vm.new_pystr(crate::objects::strdata::PyStr::from_code_points(&cps))
}

fn tounicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "tounicode", 0, 0)?;
    let me = args.at(0);
    let a = arr(vm, &me)?;
    if a.code != b'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    Ok(tounicode_value(vm, a))
}

fn g_typecode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let c = arr(vm, &me)?.code;
    Ok(vm.new_str(&(c as char).to_string()))
}

fn g_itemsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    Ok(Value::Int(arr(vm, &me)?.itemsize() as i64))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__len__", len),
    ("__iter__", iter),
    ("__contains__", contains),
    ("__repr__", repr),
    ("__add__", add),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__imul__", imul),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__copy__", copy),
    ("__deepcopy__", copy),
    ("__reduce_ex__", reduce_ex),
    ("__sizeof__", sizeof),
    ("append", append),
    ("buffer_info", buffer_info),
    ("byteswap", byteswap),
    ("count", count),
    ("extend", extend),
    ("frombytes", frombytes),
    ("fromfile", fromfile),
    ("fromlist", fromlist),
    ("fromunicode", fromunicode),
    ("index", index),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("reverse", reverse),
    ("tobytes", tobytes),
    ("tofile", tofile),
    ("tolist", tolist),
    ("tounicode", tounicode),
];

pub fn register(ty: &crate::objects::heap::ObjRef) {
    for (name, f) in METHODS {
        add_method(ty, name, *f);
    }
    add_getset(ty, "typecode", g_typecode, None);
    add_getset(ty, "itemsize", g_itemsize, None);
}
