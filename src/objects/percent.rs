//! `str % args`: the kernels' printf-style formatter fed from Python values.

use super::fmt::{PercentArg, PercentArgs, PercentConv, percent_format};
use super::num::NumError;
use super::payload::Payload;
use super::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

enum PctErr {
    Py(PyErr),
    Num(NumError),
}

impl From<NumError> for PctErr {
    fn from(e: NumError) -> PctErr {
        PctErr::Num(e)
    }
}

struct VmArgs<'a> {
    vm: &'a mut Vm,
    items: Vec<Value>,
    pos: usize,
    mapping: Option<Value>,
}

fn convert(vm: &mut Vm, v: &Value, conv: PercentConv) -> Result<PercentArg, PctErr> {
    let r = match conv {
        PercentConv::Str => vm.str_string(v).map(PercentArg::Text),
        PercentConv::Repr => vm.repr_string(v).map(PercentArg::Text),
        PercentConv::Ascii => vm.repr_string(v).map(|s| PercentArg::Text(super::str::ascii_escape(&s))),
        PercentConv::Number => {
            if let Some(i) = super::int::as_int(v) {
                Ok(PercentArg::Int(i))
            } else if let Some(f) = super::float::as_f64(v) {
                Ok(PercentArg::Float(f))
            } else if let Some(Payload::Str(s)) = v.payload() {
                Ok(PercentArg::Text(s.to_lossy().into_owned()))
            } else {
                let ty = vm.interp.type_of(v).clone();
                if let Some(f) = super::types::lookup(&ty, "__index__") {
                    let r = vm.call(&f, crate::vm::Args::new(vec![v.clone()])).map_err(PctErr::Py)?;
                    if let Some(i) = super::int::as_int(&r) {
                        return Ok(PercentArg::Int(i));
                    }
                }
                if let Some(f) = super::types::lookup(&ty, "__int__") {
                    let r = vm.call(&f, crate::vm::Args::new(vec![v.clone()])).map_err(PctErr::Py)?;
                    if let Some(i) = super::int::as_int(&r) {
                        return Ok(PercentArg::Int(i));
                    }
                }
                if let Some(f) = super::types::lookup(&ty, "__float__") {
                    let r = vm.call(&f, crate::vm::Args::new(vec![v.clone()])).map_err(PctErr::Py)?;
                    if let Some(x) = super::float::as_f64(&r) {
                        return Ok(PercentArg::Float(x));
                    }
                }
                Ok(PercentArg::Other(vm.type_name(v)))
            }
        }
    };
    r.map_err(PctErr::Py)
}

impl PercentArgs for VmArgs<'_> {
    type Error = PctErr;
    fn next_arg(&mut self, conv: PercentConv) -> Result<PercentArg, PctErr> {
        let v = self.items.get(self.pos).cloned().unwrap_or(Value::None);
        self.pos += 1;
        convert(self.vm, &v, conv)
    }
    fn by_key(&mut self, key: &str, conv: PercentConv) -> Result<PercentArg, PctErr> {
        let Some(m) = self.mapping.clone() else { return Err(PctErr::Num(NumError::Type("format requires a mapping".into()))) };
        let k = self.vm.new_str(key);
        let v = self.vm.getitem(&m, &k).map_err(PctErr::Py)?;
        // CPython: once a key is used, no positional arguments remain.
        self.pos = self.items.len();
        convert(self.vm, &v, conv)
    }
    fn has_mapping(&self) -> bool {
        self.mapping.is_some()
    }
    fn remaining(&self) -> usize {
        self.items.len().saturating_sub(self.pos)
    }
}

pub fn str_percent(vm: &mut Vm, fmt_v: &Value, args: &Value) -> PyResult<Value> {
    let fmt = super::str::as_str_lossy(fmt_v).into_owned();
    let is_tuple = matches!(args.payload(), Some(Payload::Tuple(_)));
    let is_mapping = !is_tuple
        && !matches!(args.payload(), Some(Payload::Str(_)))
        && (matches!(args.payload(), Some(Payload::Dict(_)))
            || (crate::vm::protocol::is_heap(vm, args) && super::types::lookup(vm.interp.type_of(args), "__getitem__").is_some()));
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let mut a = VmArgs { vm, items, pos: 0, mapping: if is_mapping { Some(args.clone()) } else { None } };
    match percent_format(&fmt, &mut a) {
        Ok(s) => Ok(vm.new_str(&s)),
        Err(PctErr::Py(e)) => Err(e),
        Err(PctErr::Num(e)) => Err(vm.num_error(e)),
    }
}
