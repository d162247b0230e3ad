//! Arguments of a native call, with the arity checks that produce CPython's messages.

use super::{PyResult, Vm};
use crate::objects::value::Value;

#[derive(Default)]
pub struct Args {
    pub args: Vec<Value>,
    /// Keyword arguments: (name as a str value, value).
    pub kwargs: Vec<(Value, Value)>,
}

impl Args {
    pub fn new(args: Vec<Value>) -> Args {
        Args { args, kwargs: Vec::new() }
    }

    pub fn len(&self) -> usize {
        self.args.len()
    }
    pub fn is_empty(&self) -> bool {
        self.args.is_empty()
    }

    /// Positional argument `i`, or None.
    pub fn get(&self, i: usize) -> Option<&Value> {
        self.args.get(i)
    }

    /// Positional argument `i` (caller checked the arity).
    pub fn at(&self, i: usize) -> Value {
        self.args.get(i).cloned().unwrap_or(Value::None)
    }

    /// Remove and return keyword argument `name`.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let pos = self.kwargs.iter().position(|(k, _)| crate::objects::str::as_str(k) == Some(name))?;
        Some(self.kwargs.remove(pos).1)
    }

    /// `name() takes no keyword arguments`.
    pub fn no_kwargs(&self, vm: &Vm, name: &str) -> PyResult<()> {
        if self.kwargs.is_empty() {
            Ok(())
        } else {
            Err(vm.type_error(format!("{}() takes no keyword arguments", name)))
        }
    }

    /// Check the positional count for a function (`self` not counted by the caller).
    pub fn check(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<()> {
        self.no_kwargs(vm, name)?;
        let n = self.args.len();
        if n >= min && n <= max {
            return Ok(());
        }
        let msg = if min == max {
            match min {
                0 => format!("{}() takes no arguments ({} given)", name, n),
                1 => format!("{}() takes exactly one argument ({} given)", name, n),
                _ => format!("{} expected {} arguments, got {}", name, min, n),
            }
        } else if n < min {
            format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n)
        } else {
            format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, n)
        };
        Err(vm.type_error(msg))
    }

    /// For methods: `self` is args[0], so counts exclude it in messages.
    pub fn check_method(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<()> {
        self.no_kwargs(vm, name)?;
        let n = self.args.len().saturating_sub(1);
        if n >= min && n <= max {
            return Ok(());
        }
        let msg = if min == max {
            match min {
                0 => format!("{}() takes no arguments ({} given)", name, n),
                1 => format!("{}() takes exactly one argument ({} given)", name, n),
                _ => format!("{} expected {} arguments, got {}", name, min, n),
            }
        } else if n < min {
            format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n)
        } else {
            format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, n)
        };
        Err(vm.type_error(msg))
    }
}

impl Args {
    /// Binds a method's arguments (after `self`, which is args[0]) to `names` as Argument
    /// Clinic does: the first `npos` may come by position, every one by keyword; the
    /// messages are CPython's for surplus, duplicated and unknown arguments.
    pub fn bind_method(&mut self, vm: &Vm, fname: &str, names: &[&str], npos: usize) -> PyResult<Vec<Option<Value>>> {
        let given = self.args.len().saturating_sub(1);
        if given > npos {
            let s = if npos == 1 { "" } else { "s" };
            return Err(vm.type_error(format!("{}() takes at most {} positional argument{} ({} given)", fname, npos, s, given)));
        }
        let mut out: Vec<Option<Value>> = names.iter().map(|_| None).collect();
        for (slot, v) in out.iter_mut().zip(self.args.iter().skip(1)) {
            *slot = Some(v.clone());
        }
        for (k, v) in std::mem::take(&mut self.kwargs) {
            let key = crate::objects::str::as_str_lossy(&k);
            match names.iter().position(|n| *n == key) {
                Some(i) if out[i].is_some() => {
                    return Err(vm.type_error(format!("argument for {}() given by name ('{}') and position ({})", fname, key, i + 1)))
                }
                Some(i) => out[i] = Some(v),
                None => return Err(vm.type_error(format!("'{}' is an invalid keyword argument for {}()", key, fname))),
            }
        }
        Ok(out)
    }
}
