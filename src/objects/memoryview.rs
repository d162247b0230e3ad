//! memoryview: a one-dimensional view of an exporter's bytes (bytes, bytearray,
//! array.array: `buffer.rs`), with the exporter's struct-style item format.
//!
//! A view never holds a Rust reference into its exporter: every access re-borrows the
//! exporter and checks the item positions against its current length, so a bytearray
//! that shrank behind a view gives an IndexError, never an out-of-bounds read.

use std::cell::Cell;

use super::heap::ObjRef;
use super::memoryview_nd as nd;
use super::num::Int;
use super::payload::Payload;
use super::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub struct MemView {
    /// The exporting object (never itself a memoryview).
    pub obj: Value,
    /// Byte offset of item 0 in the exporter.
    pub offset: usize,
    /// Number of items.
    pub len: usize,
    /// Bytes from one item to the next (negative for reversed slices).
    pub stride: isize,
    pub format: u8,
    pub itemsize: usize,
    pub readonly: bool,
    pub released: Cell<bool>,
    /// The dimensions of a multi-dimensional cast (then C-contiguous, `len` items in all);
    /// None for one dimension.
    pub shape: Option<Box<[usize]>>,
}

/// Size of one item of a native single-character struct format.
fn format_size(f: u8) -> Option<usize> {
    Some(match f {
        b'B' | b'b' | b'c' | b'?' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        // wchar_t, as array('u') exports it; items cannot be read as values.
        b'w' => 4,
        _ => return None,
    })
}

/// Run `f` over the exporter's bytes; None when `obj` exports no buffer.
fn with_buf<R>(obj: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    super::buffer::read(obj, f)
}

impl Drop for MemView {
    fn drop(&mut self) {
        if !self.released.get() {
            super::buffer::release(&self.obj);
        }
    }
}

fn view<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemView> {
    match v.payload() {
        Some(Payload::MemoryView(m)) => {
            if m.released.get() {
                return Err(vm.value_error("operation forbidden on released memoryview object"));
            }
            Ok(m)
        }
        _ => Err(vm.type_error(format!("descriptor requires a 'memoryview' object but received a '{}'", vm.type_name(v)))),
    }
}

impl MemView {
    fn pos(&self, i: usize) -> isize {
        self.offset as isize + i as isize * self.stride
    }

    /// The bytes of the view, in item order.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        with_buf(&self.obj, |b| {
            let mut out = Vec::with_capacity(self.len * self.itemsize);
            for i in 0..self.len {
                let p = self.pos(i);
                let item = usize::try_from(p).ok().and_then(|p| b.get(p..p + self.itemsize))?;
                out.extend_from_slice(item);
            }
            Some(out)
        })
        .flatten()
    }

    fn is_contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.itemsize as isize
    }
}

/// The bytes of any bytes-like object (memoryviews included): the buffer protocol as
/// the byte-oriented operations see it.
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::MemoryView(m)) if !m.released.get() => m.bytes(),
        _ => None,
    }
}

/// Every view counts as one export of its exporter until released or freed.
fn new_view(vm: &Vm, m: MemView) -> Value {
    super::buffer::acquire(&m.obj);
    Value::Obj(ObjRef::new(vm.interp.types.memoryview.clone(), Payload::MemoryView(Box::new(m))))
}

/// `memoryview(obj)`.
pub fn from_object(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    if let Some(Payload::MemoryView(_)) = obj.payload() {
        let m = view(vm, obj)?;
        return Ok(new_view(vm, *m_clone(m)));
    }
    let Some(e) = super::buffer::describe(obj) else {
        return Err(vm.type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_name(obj))));
    };
    let size = e.itemsize.max(1);
    let m = MemView {
        obj: obj.clone(),
        offset: 0,
        len: e.nbytes / size,
        stride: size as isize,
        format: e.format,
        itemsize: size,
        readonly: e.readonly,
        released: Cell::new(false),
        shape: None,
    };
    Ok(new_view(vm, m))
}

/// A field-by-field copy (the exporter is shared, `released` starts false).
fn m_clone(m: &MemView) -> Box<MemView> {
    Box::new(MemView {
        obj: m.obj.clone(),
        offset: m.offset,
        len: m.len,
        stride: m.stride,
        format: m.format,
        itemsize: m.itemsize,
        readonly: m.readonly,
        released: Cell::new(false),
        shape: m.shape.clone(),
    })
}

fn mv_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let kw = args.take_kw("object");
    if !args.kwargs.is_empty() {
        let k = super::str::as_str_lossy(&args.kwargs[0].0).into_owned();
        return Err(vm.type_error(format!("memoryview() got an unexpected keyword argument '{}'", k)));
    }
    let obj = match (args.args.get(1), kw) {
        (Some(v), None) if args.args.len() == 2 => v.clone(),
        (None, Some(v)) => v,
        (None, None) => return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)")),
        _ => return Err(vm.type_error(format!("memoryview() takes at most 1 argument ({} given)", args.args.len() - 1))),
    };
    from_object(vm, &obj)
}

/// One item as a value; formats without a Python value (`w`) are CPython's NotImplementedError.
fn unpack_item(vm: &Vm, f: u8, b: &[u8]) -> PyResult<Value> {
    if f == b'w' || b.len() < format_size(f).unwrap_or(1) {
        return Err(not_supported(vm, f));
    }
    Ok(unpack(vm, f, b))
}

fn not_supported(vm: &Vm, f: u8) -> crate::vm::PyErr {
    vm.new_error(&vm.interp.exc.not_implemented_error.clone(), &format!("memoryview: format {} not supported", f as char))
}

fn unpack(vm: &Vm, f: u8, b: &[u8]) -> Value {
    let arr = |n: usize| -> [u8; 8] {
        let mut a = [0u8; 8];
        a[..n].copy_from_slice(&b[..n.min(b.len())]);
        a
    };
    match f {
        b'B' => Value::Int(b[0] as i64),
        b'b' => Value::Int(b[0] as i8 as i64),
        b'c' => vm.new_bytes(vec![b[0]]),
        b'?' => Value::Bool(b[0] != 0),
        b'h' => Value::Int(i16::from_ne_bytes([b[0], b[1]]) as i64),
        b'H' => Value::Int(u16::from_ne_bytes([b[0], b[1]]) as i64),
        b'i' => Value::Int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'I' => Value::Int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'f' => Value::Float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => Value::Float(f64::from_ne_bytes(arr(8))),
        b'e' => Value::Float(half_to_f64(u16::from_ne_bytes([b[0], b[1]]))),
        b'l' | b'q' | b'n' => Value::Int(i64::from_ne_bytes(arr(8))),
        _ => vm.new_int(Int::from_bigint(num_bigint::BigInt::from(u64::from_ne_bytes(arr(8))))),
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + frac / 1024.0) * 2f64.powi(e - 15),
    }
}

/// Encode `v` as one item of format `f`, with CPython's errors.
fn pack(vm: &mut Vm, f: u8, v: &Value) -> PyResult<Vec<u8>> {
    let fs = f as char;
    let invalid_type = |vm: &Vm| vm.type_error(format!("memoryview: invalid type for format '{}'", fs));
    let invalid_value = |vm: &Vm| vm.value_error(format!("memoryview: invalid value for format '{}'", fs));
    match f {
        b'c' => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(vec![b[0]]),
            Some(Payload::Bytes(_)) => Err(invalid_value(vm)),
            _ => Err(invalid_type(vm)),
        },
        b'?' => Ok(vec![vm.truthy(v)? as u8]),
        b'f' | b'd' | b'e' => {
            let x = match v {
                Value::Float(x) => *x,
                Value::Int(i) => *i as f64,
                Value::Bool(b) => *b as i64 as f64,
                _ => match v.payload() {
                    Some(Payload::Float(x)) => *x,
                    _ => return Err(invalid_type(vm)),
                },
            };
            Ok(match f {
                b'f' => (x as f32).to_ne_bytes().to_vec(),
                b'd' => x.to_ne_bytes().to_vec(),
                _ => return Err(vm.new_error(&vm.interp.exc.not_implemented_error.clone(), "memoryview: format e not supported")),
            })
        }
        _ => {
            let i = match v {
                Value::Bool(_) | Value::Float(_) => return Err(invalid_type(vm)),
                _ => match super::int::as_int(v) {
                    Some(i) => i,
                    None => return Err(invalid_type(vm)),
                },
            };
            let size = format_size(f).unwrap_or(1);
            let signed = matches!(f, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            let Some(n) = (match &i {
                Int::Small(n) => Some(*n as i128),
                Int::Big(b) => i128::try_from(b).ok(),
            }) else {
                return Err(invalid_value(vm));
            };
            let bits = (size * 8) as u32;
            let ok = if signed {
                n >= -(1i128 << (bits - 1)) && n < (1i128 << (bits - 1))
            } else {
                n >= 0 && n < (1i128 << bits)
            };
            if !ok {
                return Err(invalid_value(vm));
            }
            Ok(n.to_le_bytes()[..size].to_vec())
        }
    }
}

fn index_of(vm: &mut Vm, m: &MemView, key: &Value) -> PyResult<usize> {
    let Some(i) = super::subscript::to_index(vm, key)? else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    let n = m.len as i64;
    let j = if i < 0 { i.saturating_add(n) } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

fn item_bytes(vm: &Vm, m: &MemView, i: usize) -> PyResult<Vec<u8>> {
    let p = m.pos(i);
    with_buf(&m.obj, |b| usize::try_from(p).ok().and_then(|p| b.get(p..p + m.itemsize)).map(|s| s.to_vec()))
        .flatten()
        .ok_or_else(|| vm.index_error("index out of bounds on dimension 1"))
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__getitem__", 1, 1)?;
    let (me, key) = (args.at(0), args.at(1));
    let m = view(vm, &me)?;
    if let Some(Payload::Tuple(t)) = key.payload() {
        let i = nd::flat_index(vm, m, t)?;
        let b = item_bytes(vm, m, i)?;
        return unpack_item(vm, m.format, &b);
    }
    if m.shape.is_some() {
        return nd_getitem(vm, m, &me, &key);
    }
    if let Some(Payload::Slice(..)) = key.payload() {
        let (start, _stop, step) = super::subscript::slice_indices(vm, &key, m.len as i64)?;
        let count = super::subscript::slice_positions(start, _stop, step).len();
        let mut nv = m_clone(m);
        nv.offset = if count == 0 { m.offset } else { m.pos(start.max(0) as usize).max(0) as usize };
        nv.len = count;
        nv.stride = m.stride * step as isize;
        return Ok(new_view(vm, *nv));
    }
    if let Some(Payload::Ellipsis) = key.payload() {
        return Ok(me.clone());
    }
    let i = index_of(vm, m, &key)?;
    let b = item_bytes(vm, m, i)?;
    unpack_item(vm, m.format, &b)
}

/// `m[key]` of a multi-dimensional view: slices of the first dimension (step 1) only.
fn nd_getitem(vm: &mut Vm, m: &MemView, me: &Value, key: &Value) -> PyResult<Value> {
    match key.payload() {
        Some(Payload::Ellipsis) => Ok(me.clone()),
        Some(Payload::Slice(..)) => {
            let shape = nd::dims(m);
            let (start, stop, step) = super::subscript::slice_indices(vm, key, shape[0] as i64)?;
            if step != 1 {
                return Err(nd::not_implemented(vm, "multi-dimensional slicing with steps is not implemented"));
            }
            let rows = (stop - start).max(0) as usize;
            let row: usize = shape[1..].iter().product();
            let mut nv = m_clone(m);
            nv.offset = m.offset + start.max(0) as usize * row * m.itemsize;
            nv.len = rows * row;
            let mut sh = shape;
            sh[0] = rows;
            nv.shape = Some(sh.into_boxed_slice());
            Ok(new_view(vm, *nv))
        }
        _ => {
            if super::subscript::to_index(vm, key)?.is_none() {
                return Err(vm.type_error("memoryview: invalid slice key"));
            }
            Err(nd::not_implemented(vm, "multi-dimensional sub-views are not implemented"))
        }
    }
}

fn write_item(vm: &Vm, m: &MemView, i: usize, data: &[u8]) -> PyResult<()> {
    let p = m.pos(i);
    let ok = super::buffer::write(&m.obj, |b| match usize::try_from(p).ok().and_then(|p| b.get_mut(p..p + data.len())) {
        Some(dst) => {
            dst.copy_from_slice(data);
            true
        }
        None => false,
    })
    .unwrap_or(false);
    if ok { Ok(()) } else { Err(vm.index_error("index out of bounds on dimension 1")) }
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "__setitem__", 2, 2)?;
    let (me, key, value) = (args.at(0), args.at(1), args.at(2));
    let m = view(vm, &me)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    if let Some(Payload::Tuple(t)) = key.payload() {
        let i = nd::flat_index(vm, m, t)?;
        let data = pack(vm, m.format, &value)?;
        return write_item(vm, m, i, &data).map(|_| Value::None);
    }
    if m.shape.is_some() {
        if let Some(Payload::Slice(..)) = key.payload() {
            return Err(nd::not_implemented(vm, "memoryview slice assignments are currently restricted to ndim = 1"));
        }
        return Err(nd::not_implemented(vm, "sub-views are not implemented"));
    }
    if let Some(Payload::Slice(..)) = key.payload() {
        let (start, stop, step) = super::subscript::slice_indices(vm, &key, m.len as i64)?;
        let positions = super::subscript::slice_positions(start, stop, step);
        // The source may alias the destination (`mv[1:] = mv[:-1]`): copy it out first.
        let (src, src_fmt) = match value.payload() {
            Some(Payload::MemoryView(s)) => (view(vm, &value)?.bytes(), s.format),
            _ => match super::buffer::describe(&value) {
                Some(e) => (super::buffer::read(&value, |b| b.to_vec()), e.format),
                None => {
                    return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(&value))));
                }
            },
        };
        let src = src.ok_or_else(|| vm.index_error("index out of bounds on dimension 1"))?;
        let same_format = src_fmt == m.format || (matches!(src_fmt, b'B') && matches!(m.format, b'B'));
        if !same_format || src.len() != positions.len() * m.itemsize {
            return Err(vm.value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        for (k, i) in positions.into_iter().enumerate() {
            write_item(vm, m, i, &src[k * m.itemsize..(k + 1) * m.itemsize])?;
        }
        return Ok(Value::None);
    }
    let i = index_of(vm, m, &key)?;
    if m.format == b'w' {
        return Err(not_supported(vm, m.format));
    }
    let data = pack(vm, m.format, &value)?;
    write_item(vm, m, i, &data)?;
    Ok(Value::None)
}

fn mv_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let m = view(vm, &me)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    Err(vm.type_error("cannot delete memory"))
}

fn mv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    Ok(Value::Int(nd::dims(view(vm, &me)?)[0] as i64))
}

fn items(vm: &Vm, m: &MemView) -> PyResult<Vec<Value>> {
    let b = m.bytes().ok_or_else(|| vm.index_error("index out of bounds on dimension 1"))?;
    b.chunks(m.itemsize.max(1)).map(|c| unpack_item(vm, m.format, c)).collect()
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "tolist", 0, 0)?;
    let me = args.at(0);
    let m = view(vm, &me)?;
    let v = items(vm, m)?;
    Ok(nd::nest(vm, &v, &nd::dims(m)))
}

fn mv_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let m = view(vm, &me)?;
    if m.shape.is_some() {
        return Err(nd::not_implemented(vm, "multi-dimensional sub-views are not implemented"));
    }
    let v = items(vm, m)?;
    let l = vm.new_list(v);
    vm.iter(&l)
}

fn mv_tobytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let order = args.take_kw("order");
    args.check_method(vm, "tobytes", 0, 1)?;
    let order = order.or_else(|| args.args.get(1).cloned()).unwrap_or(Value::None);
    if !order.is_none() {
        let o = super::str::as_str_lossy(&order).into_owned();
        if !matches!(o.as_str(), "C" | "F" | "A") {
            return Err(vm.value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    let me = args.at(0);
    let b = view(vm, &me)?.bytes().unwrap_or_default();
    Ok(vm.new_bytes(b))
}

fn mv_hex(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let b = view(vm, &me)?.bytes().unwrap_or_default();
    if let Some(first) = args.args.first_mut() {
        *first = vm.new_bytes(b);
    }
    super::bytes_hex::b_hex(vm, args)
}

/// Release once: the exporter's count drops and every later access raises.
fn release_view(v: &Value) {
    if let Some(Payload::MemoryView(m)) = v.payload() {
        if !m.released.replace(true) {
            super::buffer::release(&m.obj);
        }
    }
}

fn mv_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "release", 0, 0)?;
    release_view(&args.at(0));
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    view(vm, &me)?;
    Ok(me)
}

fn mv_exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    release_view(&args.at(0));
    Ok(Value::None)
}

fn mv_toreadonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_method(vm, "toreadonly", 0, 0)?;
    let me = args.at(0);
    let mut nv = m_clone(view(vm, &me)?);
    nv.readonly = true;
    Ok(new_view(vm, *nv))
}

fn mv_cast(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let fmt_kw = args.take_kw("format");
    let shape_kw = args.take_kw("shape");
    args.check_method(vm, "cast", 0, 2)?;
    let me = args.at(0);
    let fmt = fmt_kw.or_else(|| args.args.get(1).cloned());
    let shape = shape_kw.or_else(|| args.args.get(2).cloned());
    let Some(fmt) = fmt else {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Some(Payload::Str(_)) = fmt.payload() else {
        return Err(vm.type_error(format!("cast() argument 'format' must be str, not {}", vm.type_name(&fmt))));
    };
    let m = view(vm, &me)?;
    let f = super::str::as_str_lossy(&fmt).into_owned();
    let f = f.strip_prefix('@').unwrap_or(&f);
    let (code, size) = match f.as_bytes() {
        [c] => match format_size(*c) {
            Some(s) => (*c, s),
            None => return Err(bad_format(vm)),
        },
        _ => return Err(bad_format(vm)),
    };
    if !m.is_contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let byte_fmt = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !byte_fmt(code) && !byte_fmt(m.format) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.len * m.itemsize;
    if nbytes % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let len = nbytes / size;
    let mut new_shape = None;
    if let Some(shape) = shape.filter(|s| !s.is_none()) {
        new_shape = nd::parse_shape(vm, &shape, size, nbytes)?;
        if m.shape.is_some() && new_shape.is_some() {
            return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
    }
    let mut nv = m_clone(m);
    nv.shape = new_shape;
    nv.format = code;
    nv.itemsize = size;
    nv.len = len;
    nv.stride = size as isize;
    Ok(new_view(vm, *nv))
}

fn bad_format(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'")
}

fn mv_eq_impl(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    if a.is(b) {
        return Ok(Some(true));
    }
    let Some(Payload::MemoryView(m)) = a.payload() else { return Ok(None) };
    if m.released.get() {
        return Ok(Some(false));
    }
    let (other, ofmt) = match b.payload() {
        Some(Payload::MemoryView(o)) => {
            if o.released.get() {
                return Ok(Some(false));
            }
            (items(vm, o)?, o.format)
        }
        _ => match super::buffer::describe(b) {
            Some(e) => {
                let raw = super::buffer::read(b, |s| s.to_vec()).unwrap_or_default();
                let vals: PyResult<Vec<Value>> = raw.chunks(e.itemsize.max(1)).map(|c| unpack_item(vm, e.format, c)).collect();
                (vals?, e.format)
            }
            None => return Ok(None),
        },
    };
    let other_dims = match b.payload() {
        Some(Payload::MemoryView(o)) => nd::dims(o),
        _ => vec![other.len()],
    };
    if nd::dims(m) != other_dims {
        return Ok(Some(false));
    }
    let mine = items(vm, m)?;
    if mine.len() != other.len() {
        return Ok(Some(false));
    }
    if m.format == ofmt && !matches!(m.format, b'f' | b'd' | b'e') {
        return Ok(Some(m.bytes() == view_or_bytes(b)));
    }
    for (x, y) in mine.iter().zip(other.iter()) {
        if !vm.eq(x, y)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

fn view_or_bytes(v: &Value) -> Option<Vec<u8>> {
    view_bytes(v).or_else(|| super::bytes::as_bytes(v))
}

fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match mv_eq_impl(vm, &args.at(0), &args.at(1))? {
        Some(r) => Value::Bool(r),
        None => vm.interp.not_implemented.clone(),
    })
}

fn mv_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match mv_eq_impl(vm, &args.at(0), &args.at(1))? {
        Some(r) => Value::Bool(!r),
        None => vm.interp.not_implemented.clone(),
    })
}

fn mv_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let m = view(vm, &me)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    // CPython hashes the exporter first: a read-only view of a bytearray is unhashable.
    let obj = m.obj.clone();
    vm.hash(&obj)?;
    let m = view(vm, &me)?;
    if !matches!(m.format, b'B' | b'b' | b'c') {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    Ok(Value::Int(super::num::hash_bytes(&m.bytes().unwrap_or_default())))
}

fn mv_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let released = matches!(me.payload(), Some(Payload::MemoryView(m)) if m.released.get());
    let s = format!("<{}memory at {:#x}>", if released { "released " } else { "" }, me.id());
    Ok(vm.new_str(&s))
}

fn g_obj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    Ok(view(vm, &me)?.obj.clone())
}
fn g_nbytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let m = view(vm, &me)?;
    Ok(Value::Int((m.len * m.itemsize) as i64))
}
fn g_readonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    Ok(Value::Bool(view(vm, &me)?.readonly))
}
fn g_itemsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    Ok(Value::Int(view(vm, &me)?.itemsize as i64))
}
fn g_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let f = view(vm, &me)?.format;
    Ok(vm.new_str(&(f as char).to_string()))
}
fn g_ndim(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    Ok(Value::Int(nd::ndim(view(vm, &me)?) as i64))
}
fn g_shape(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let d = nd::dims(view(vm, &me)?);
    Ok(vm.new_tuple(d.into_iter().map(|n| Value::Int(n as i64)).collect()))
}
fn g_strides(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let s = nd::strides(view(vm, &me)?);
    Ok(vm.new_tuple(s.into_iter().map(|n| Value::Int(n as i64)).collect()))
}
fn g_suboffsets(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    view(vm, &me)?;
    Ok(vm.new_tuple(vec![]))
}
fn g_contiguous(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    Ok(Value::Bool(view(vm, &me)?.is_contiguous()))
}
/// Fortran order: a C-contiguous view with more than one dimension longer than 1 is not.
fn g_f_contiguous(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.at(0);
    let m = view(vm, &me)?;
    let long_dims = nd::dims(m).iter().filter(|d| **d > 1).count();
    Ok(Value::Bool(m.is_contiguous() && (m.shape.is_none() || long_dims <= 1)))
}

pub fn register(vm: &Vm) {
    use super::getset::add_getset;
    use super::types::{add_method, add_static};
    let t = &vm.interp.types.memoryview;
    add_static(t, "__new__", mv_new);
    for (name, f) in [
        ("__getitem__", mv_getitem as super::payload::NativeFn),
        ("__setitem__", mv_setitem),
        ("__delitem__", mv_delitem),
        ("__len__", mv_len),
        ("__iter__", mv_iter),
        ("__eq__", mv_eq),
        ("__ne__", mv_ne),
        ("__hash__", mv_hash),
        ("__repr__", mv_repr),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("tolist", mv_tolist),
        ("tobytes", mv_tobytes),
        ("hex", mv_hex),
        ("release", mv_release),
        ("toreadonly", mv_toreadonly),
        ("cast", mv_cast),
    ] {
        add_method(t, name, f);
    }
    for (name, f) in [
        ("obj", g_obj as super::payload::NativeFn),
        ("nbytes", g_nbytes),
        ("readonly", g_readonly),
        ("itemsize", g_itemsize),
        ("format", g_format),
        ("ndim", g_ndim),
        ("shape", g_shape),
        ("strides", g_strides),
        ("suboffsets", g_suboffsets),
        ("c_contiguous", g_contiguous),
        ("f_contiguous", g_f_contiguous),
        ("contiguous", g_contiguous),
    ] {
        add_getset(t, name, f, None);
    }
}
