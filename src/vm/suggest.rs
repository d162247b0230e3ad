//! "Did you mean: 'print'?" for NameError and AttributeError, as CPython 3.11's
//! Python/suggestions.c computes it: the closest candidate by a Levenshtein distance
//! where a case flip costs 1 and any other edit 2, within a third of the lengths.

use super::{PyErr, Vm};
use crate::objects::dict;
use crate::objects::payload::Payload;
use crate::objects::value::Value;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// Give an AttributeError/NameError its `name` (and `obj`) attributes, which the
/// suggestion is computed from.
pub fn with_name(vm: &Vm, e: PyErr, name: &str, obj: Option<&Value>) -> PyErr {
    if let Some(d) = &e.0.dict {
        if let Payload::Dict(t) = &d.payload {
            let mut t = t.borrow_mut();
            dict::table_set_str(&mut t, vm.interp.intern("name"), vm.new_str(name));
            if let Some(obj) = obj {
                dict::table_set_str(&mut t, vm.interp.intern("obj"), obj.clone());
            }
        }
    }
    e
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of two UTF-8 strings (compared bytewise, as CPython does), or
/// anything above `max_cost` once it is sure to exceed it.
pub fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[prefix..], &b[prefix..]);
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    a = &a[..a.len() - suffix];
    b = &b[..b.len() - suffix];
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ch) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ch);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The best candidate for `name` among `dir`, if one is close enough.
pub fn best_match(dir: &[String], name: &str) -> Option<String> {
    if dir.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in dir {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn str_list(vm: &mut Vm, v: &Value) -> Option<Vec<String>> {
    let items = vm.collect_iterable(v).ok()?;
    Some(items.iter().filter_map(|i| crate::objects::str::as_str(i).map(str::to_string)).collect())
}

fn dict_keys(d: &crate::objects::heap::ObjRef) -> Vec<String> {
    match &d.payload {
        Payload::Dict(t) => t.borrow().iter().filter_map(|(k, _)| crate::objects::str::as_str(k).map(str::to_string)).collect(),
        _ => Vec::new(),
    }
}

/// The suggestion to append to `exc`'s message, if any.
pub fn suggestion(vm: &mut Vm, exc: &Value) -> Option<String> {
    let d = match exc {
        Value::Obj(o) => o.dict.clone()?,
        _ => return None,
    };
    let name = dict::get_str(&d, "name")?;
    let name = crate::objects::str::as_str(&name)?.to_string();
    if vm.is_instance_of(exc, &vm.interp.exc.attribute_error.clone()) {
        let obj = dict::get_str(&d, "obj")?;
        let dir_fn = vm.interp.builtins.dict.as_ref().and_then(|b| dict::get_str(b, "dir"))?;
        let listing = vm.call1(&dir_fn, obj).ok()?;
        let names = str_list(vm, &listing)?;
        return best_match(&names, &name);
    }
    if !vm.is_instance_of(exc, &vm.interp.exc.name_error.clone()) {
        return None;
    }
    // The innermost frame the exception passed through: its locals, globals, builtins.
    let mut tb = match exc.payload() {
        Some(Payload::Exception(data)) => data.traceback.borrow().clone(),
        _ => return None,
    };
    loop {
        let next = match tb.payload() {
            Some(Payload::Traceback { next, .. }) => next.borrow().clone(),
            _ => return None,
        };
        if !matches!(next.payload(), Some(Payload::Traceback { .. })) {
            break;
        }
        tb = next;
    }
    let Some(Payload::Traceback { code, globals, .. }) = tb.payload() else { return None };
    let locals: Vec<String> = code.code.varnames.iter().map(|s| s.to_string()).collect();
    if let Some(s) = best_match(&locals, &name) {
        return Some(s);
    }
    if let Some(s) = best_match(&dict_keys(globals), &name) {
        return Some(s);
    }
    let builtins = match dict::get_str(globals, "__builtins__") {
        Some(Value::Obj(b)) if matches!(b.payload, Payload::Dict(_)) => Some(b),
        Some(Value::Obj(b)) => b.dict.clone(),
        _ => vm.interp.builtins.dict.clone(),
    }?;
    best_match(&dict_keys(&builtins), &name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn closest_name_within_a_third() {
        assert_eq!(best_match(&names(&["print", "len", "input"]), "pritn").as_deref(), Some("print"));
        assert_eq!(best_match(&names(&["Apple"]), "apple").as_deref(), Some("Apple"));
        assert_eq!(best_match(&names(&["zzzzzz"]), "abc"), None);
        assert_eq!(best_match(&names(&["ab", "abc"]), "abcd").as_deref(), Some("abc"));
    }
}
