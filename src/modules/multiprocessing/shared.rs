//! Memory shared between forked processes: anonymous `MAP_SHARED` regions (the storage of
//! `multiprocessing.sharedctypes`) and POSIX semaphores living in such regions (`SemLock`).
//! This file holds every `unsafe` block of `_multiprocessing`.
//!
//! Invariants:
//! - A region is known only by a handle into `REGIONS`; Python never sees an address. Every
//!   read and write checks `offset + len <= region.len` before touching memory.
//! - A region stays mapped until `free` removes its handle (the Python owner's `__del__`);
//!   a wait in progress keeps its SemLock object, hence its handle, alive, so no semaphore
//!   is unmapped while a thread of this process waits on it.
//! - `REGIONS` is touched only with the GIL held (it is a `GilCell`); waits copy the address
//!   out first and run with the GIL released. The table is copied by `fork` along with the
//!   mappings, so handles stay valid in the child.
//! - Semaphores are initialised once with `pshared = 1` in a region mapped before any fork
//!   that shares them; they are never destroyed (glibc's `sem_destroy` is a no-op and another
//!   process may still use them): unmapping is enough.

use std::collections::HashMap;

use crate::vm::gil::GilCell;

struct Region {
    addr: usize,
    len: usize,
}

static REGIONS: GilCell<Option<HashMap<u64, Region>>> = GilCell::new(None);
static NEXT: GilCell<u64> = GilCell::new(1);

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

/// Map `len` zeroed bytes shared with future children; the handle, or an errno.
pub fn new_region(len: usize) -> Result<u64, i32> {
    let len = len.max(1);
    // SAFETY: an anonymous mapping with no address hint touches no existing memory.
    let p = unsafe {
        libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_SHARED | libc::MAP_ANONYMOUS, -1, 0)
    };
    if p == libc::MAP_FAILED {
        return Err(errno());
    }
    let h = NEXT.with(|n| {
        *n += 1;
        *n
    });
    REGIONS.with(|r| r.get_or_insert_with(HashMap::new).insert(h, Region { addr: p as usize, len }));
    Ok(h)
}

/// Map `len` bytes of the file `fd` (a POSIX shared memory object) shared; the handle,
/// or an errno. The mapping outlives the descriptor, which the caller may close.
pub fn map_fd(fd: i32, len: usize) -> Result<u64, i32> {
    if len == 0 {
        return Err(libc::EINVAL);
    }
    // SAFETY: no address hint; the kernel checks `fd` and the length.
    let p = unsafe { libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_SHARED, fd, 0) };
    if p == libc::MAP_FAILED {
        return Err(errno());
    }
    let h = NEXT.with(|n| {
        *n += 1;
        *n
    });
    REGIONS.with(|r| r.get_or_insert_with(HashMap::new).insert(h, Region { addr: p as usize, len }));
    Ok(h)
}

/// Unmap a region (no-op for an unknown handle).
pub fn free(h: u64) {
    if let Some(r) = REGIONS.with(|r| r.as_mut().and_then(|m| m.remove(&h))) {
        // SAFETY: `addr`/`len` came from a successful mmap and the handle is gone, so
        // nothing reaches the memory again (see the invariants above).
        unsafe { libc::munmap(r.addr as *mut libc::c_void, r.len) };
    }
}

fn lookup(h: u64) -> Option<(usize, usize)> {
    REGIONS.with(|r| r.as_ref().and_then(|m| m.get(&h)).map(|r| (r.addr, r.len)))
}

pub fn len(h: u64) -> Option<usize> {
    lookup(h).map(|(_, l)| l)
}

/// Copy `n` bytes at `off` out of the region; None if the handle or range is invalid.
pub fn read(h: u64, off: usize, n: usize) -> Option<Vec<u8>> {
    let (addr, len) = lookup(h)?;
    if off.checked_add(n)? > len {
        return None;
    }
    let mut out = vec![0u8; n];
    // SAFETY: the range lies inside a live mapping (checked above); `out` has n bytes.
    // Other processes may write concurrently, as with CPython's sharedctypes.
    unsafe { std::ptr::copy_nonoverlapping((addr + off) as *const u8, out.as_mut_ptr(), n) };
    Some(out)
}

/// Copy `data` into the region at `off`; false if the handle or range is invalid.
pub fn write(h: u64, off: usize, data: &[u8]) -> bool {
    let Some((addr, len)) = lookup(h) else { return false };
    match off.checked_add(data.len()) {
        Some(end) if end <= len => {}
        _ => return false,
    }
    // SAFETY: the range lies inside a live writable mapping (checked above).
    unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), (addr + off) as *mut u8, data.len()) };
    true
}

/// A new process-shared semaphore with `value`; its handle, or an errno.
pub fn sem_new(value: u32) -> Result<u64, i32> {
    let h = new_region(std::mem::size_of::<libc::sem_t>())?;
    let Some((addr, _)) = lookup(h) else { return Err(libc::EINVAL) };
    // SAFETY: the region is at least size_of::<sem_t>() bytes, page-aligned, and nobody
    // else has seen it yet.
    if unsafe { libc::sem_init(addr as *mut libc::sem_t, 1, value) } != 0 {
        let e = errno();
        free(h);
        return Err(e);
    }
    Ok(h)
}

fn sem_addr(h: u64) -> Option<usize> {
    lookup(h).filter(|(_, l)| *l >= std::mem::size_of::<libc::sem_t>()).map(|(a, _)| a)
}

pub enum Wait {
    Acquired,
    TimedOut,
    Interrupted,
    Error(i32),
}

/// One wait on the semaphore: `deadline` None blocks, Some(0-length) only tries. Call
/// with the GIL released; `addr` comes from `sem_address` of a live handle.
pub fn sem_wait(addr: usize, deadline: Option<std::time::SystemTime>) -> Wait {
    let sem = addr as *mut libc::sem_t;
    // SAFETY: `addr` is a live semaphore (its owner is kept alive by the caller).
    let rc = unsafe {
        match deadline {
            None => libc::sem_wait(sem),
            Some(d) => {
                let t = d.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
                let ts = libc::timespec { tv_sec: t.as_secs() as libc::time_t, tv_nsec: t.subsec_nanos() as libc::c_long };
                let rc = libc::sem_trywait(sem);
                if rc == 0 || errno() != libc::EAGAIN { rc } else { libc::sem_timedwait(sem, &ts) }
            }
        }
    };
    if rc == 0 {
        return Wait::Acquired;
    }
    match errno() {
        libc::EINTR => Wait::Interrupted,
        libc::ETIMEDOUT | libc::EAGAIN => Wait::TimedOut,
        e => Wait::Error(e),
    }
}

pub fn sem_address(h: u64) -> Option<usize> {
    sem_addr(h)
}

/// `sem_post`; Err(errno) on failure (EOVERFLOW past SEM_VALUE_MAX).
pub fn sem_post(h: u64) -> Result<(), i32> {
    let Some(a) = sem_addr(h) else { return Err(libc::EINVAL) };
    // SAFETY: `a` is a live semaphore of this table.
    if unsafe { libc::sem_post(a as *mut libc::sem_t) } != 0 {
        return Err(errno());
    }
    Ok(())
}

pub fn sem_value(h: u64) -> Result<i32, i32> {
    let Some(a) = sem_addr(h) else { return Err(libc::EINVAL) };
    let mut v: libc::c_int = 0;
    // SAFETY: `a` is a live semaphore of this table; `v` is a valid out pointer.
    if unsafe { libc::sem_getvalue(a as *mut libc::sem_t, &mut v) } != 0 {
        return Err(errno());
    }
    Ok(v.max(0))
}
