//! Socket addresses between Python and the kernel: `(host, port)` tuples, AF_INET6's
//! `(host, port, flowinfo, scope_id)`, AF_UNIX paths; host names resolved as CPython's
//! `setipaddr` does ('' is the any address, '<broadcast>' the broadcast one, numeric
//! addresses parsed, the rest through getaddrinfo).

use super::ffi::{self, Decoded, SockAddr};
use crate::objects::payload::Payload;
use crate::objects::value::Value;
use crate::vm::{PyResult, Vm};

fn tuple_items(v: &Value) -> Option<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(items)) => Some(items.to_vec()),
        _ => None,
    }
}

fn host_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = crate::objects::str::as_str(v) {
        return Ok(s.as_bytes().to_vec());
    }
    match v.payload() {
        Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => Ok(crate::objects::bytes::as_bytes(v).unwrap_or_default()),
        _ => Err(vm.type_error(format!("str, bytes or bytearray expected, not {}", vm.type_name(v)))),
    }
}

fn int_in(vm: &Vm, v: &Value, lo: i64, hi: i64, msg: String) -> PyResult<i64> {
    let Some(n) = crate::objects::int::as_int(v) else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))));
    };
    match n.to_i64() {
        Some(n) if (lo..=hi).contains(&n) => Ok(n),
        _ => Err(vm.overflow_error(msg)),
    }
}

/// The resolver's failure as socket.gaierror (or OSError for EAI_SYSTEM).
pub fn gai_error(vm: &mut Vm, code: i32, err: i32) -> crate::vm::PyErr {
    if code == libc::EAI_SYSTEM {
        return crate::objects::exc_oserror::os_error(vm, err, None);
    }
    super::raise_named(vm, "gaierror", code, &ffi::gai_strerror(code))
}

/// The packed address of `host` in `family` (4 or 16 bytes).
pub fn resolve(vm: &mut Vm, host: &[u8], family: i32) -> PyResult<Vec<u8>> {
    if host.is_empty() {
        return Ok(vec![0; if family == libc::AF_INET6 { 16 } else { 4 }]);
    }
    if family == libc::AF_INET && (host == b"<broadcast>" || host == b"255.255.255.255") {
        return Ok(vec![255; 4]);
    }
    let Some(c) = ffi::cstring(host) else { return Err(vm.type_error("host name must not contain null character")) };
    if family == libc::AF_INET || family == libc::AF_INET6 {
        if let Ok(Some(packed)) = ffi::inet_pton(family, &c) {
            return Ok(packed);
        }
    }
    let found = crate::vm::gil::allow_threads(|| ffi::getaddrinfo(Some(&c), None, family, 0, 0, 0).map(|v| v.into_iter().next().map(|a| a.addr)));
    match found {
        Ok(Some(a)) => match a.decode() {
            Decoded::Inet(ip, _) => Ok(ip.to_vec()),
            Decoded::Inet6(ip, ..) => Ok(ip.to_vec()),
            _ => Err(vm.os_error("address family mismatched")),
        },
        Ok(None) => Err(gai_error(vm, libc::EAI_NONAME, 0)),
        Err((code, err)) => Err(gai_error(vm, code, err)),
    }
}

/// A Python address for `family` as the kernel's sockaddr; `caller` names the method in
/// range errors ("connect(): port must be 0-65535.").
pub fn to_sockaddr(vm: &mut Vm, family: i32, v: &Value, caller: &str) -> PyResult<SockAddr> {
    match family {
        libc::AF_UNIX => {
            let path = if let Some(s) = crate::objects::str::as_str(v) {
                s.as_bytes().to_vec()
            } else {
                match crate::objects::bytes::as_bytes(v) {
                    Some(b) if !matches!(v, Value::Int(_)) => b,
                    _ => return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v)))),
                }
            };
            SockAddr::unix(&path).ok_or_else(|| vm.os_error("AF_UNIX path too long"))
        }
        libc::AF_INET => {
            let Some(items) = tuple_items(v) else {
                return Err(vm.type_error(format!("{}(): AF_INET address must be tuple, not {}", caller, vm.type_name(v))));
            };
            if items.len() != 2 {
                return Err(vm.type_error("AF_INET address must be a pair (host, port)"));
            }
            let host = host_bytes(vm, &items[0])?;
            let port = int_in(vm, &items[1], 0, 65535, format!("{}(): port must be 0-65535.", caller))?;
            let ip = resolve(vm, &host, libc::AF_INET)?;
            let mut a = [0u8; 4];
            a.copy_from_slice(&ip[..4]);
            Ok(SockAddr::inet(a, port as u16))
        }
        libc::AF_INET6 => {
            let Some(items) = tuple_items(v) else {
                return Err(vm.type_error(format!("{}(): AF_INET6 address must be tuple, not {}", caller, vm.type_name(v))));
            };
            if !(2..=4).contains(&items.len()) {
                return Err(vm.type_error("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"));
            }
            let host = host_bytes(vm, &items[0])?;
            let port = int_in(vm, &items[1], 0, 65535, format!("{}(): port must be 0-65535.", caller))?;
            let flow = match items.get(2) {
                Some(f) => int_in(vm, f, 0, 0xfffff, format!("{}(): flowinfo must be 0-1048575.", caller))?,
                None => 0,
            };
            let scope = match items.get(3) {
                Some(s) => int_in(vm, s, 0, u32::MAX as i64, "Python int too large to convert to C int".to_string())?,
                None => 0,
            };
            let ip = resolve(vm, &host, libc::AF_INET6)?;
            let mut a = [0u8; 16];
            if ip.len() == 16 {
                a.copy_from_slice(&ip);
            } else {
                // An IPv4 answer for an IPv6 socket: the v4-mapped form.
                a[10] = 255;
                a[11] = 255;
                a[12..].copy_from_slice(&ip[..4]);
            }
            Ok(SockAddr::inet6(a, port as u16, flow as u32, scope as u32))
        }
        _ => Err(vm.os_error(format!("{}(): bad family", caller))),
    }
}

/// The kernel's address as CPython shows it.
pub fn to_value(vm: &mut Vm, a: &SockAddr) -> Value {
    match a.decode() {
        Decoded::Inet(ip, port) => {
            let host = std::net::Ipv4Addr::from(ip).to_string();
            let host = vm.new_str(&host);
            vm.new_tuple(vec![host, Value::Int(port as i64)])
        }
        Decoded::Inet6(ip, port, flow, scope) => {
            let host = ffi::inet_ntop(libc::AF_INET6, &ip).unwrap_or_default();
            let host = vm.new_str(&host);
            vm.new_tuple(vec![host, Value::Int(port as i64), Value::Int(flow as i64), Value::Int(scope as i64)])
        }
        Decoded::Unix(path) => {
            if path.first() == Some(&0) {
                vm.new_bytes(path)
            } else {
                vm.new_str(&String::from_utf8_lossy(&path))
            }
        }
        Decoded::Other(f) => {
            let fam = Value::Int(f as i64);
            let empty = vm.new_bytes(Vec::new());
            vm.new_tuple(vec![fam, empty])
        }
    }
}
