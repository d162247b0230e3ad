//! `_statvfs`: file-system statistics for `shutil.disk_usage` (Python passes the path
//! already encoded to bytes, so no path conversion lives here).

use std::ffi::CString;

use super::{bytes_at, module_with};
use crate::objects::heap::ObjRef;
use crate::objects::value::Value;
use crate::vm::{Args, PyResult, Vm};

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    module_with(vm, "_statvfs", &[("statvfs", statvfs)])
}

/// statvfs(path: bytes) -> (f_bsize, f_frsize, f_blocks, f_bfree, f_bavail,
/// f_files, f_ffree, f_favail, f_flag, f_namemax), as os.statvfs_result's order.
fn statvfs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let raw = bytes_at(vm, &a, 0)?;
    let Ok(c) = CString::new(raw) else { return Err(vm.value_error("embedded null byte")) };
    // SAFETY: all-zero bytes are a valid statvfs value.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `c` is a NUL-terminated path and `st` a writable statvfs.
    if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 {
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        let name = a.at(1);
        return Err(crate::objects::exc_oserror::os_error(vm, errno, Some(name)));
    }
    let fields = [
        st.f_bsize as i64, st.f_frsize as i64, st.f_blocks as i64, st.f_bfree as i64,
        st.f_bavail as i64, st.f_files as i64, st.f_ffree as i64, st.f_favail as i64,
        st.f_flag as i64, st.f_namemax as i64,
    ];
    Ok(vm.new_tuple(fields.iter().map(|n| Value::Int(*n)).collect()))
}
