//! The socket system calls as safe functions: the only `unsafe` of the socket module.
//!
//! Invariants every call below relies on:
//! - Pointers handed to libc point at live Rust values (a `SockAddr`, a slice, a local)
//!   for the whole call, and the lengths passed are those values' sizes, so the kernel
//!   never reads or writes past them.
//! - A `SockAddr` only ever holds `len <= size_of::<sockaddr_storage>()` bytes, and the
//!   family-specific views (`sockaddr_in`, `sockaddr_in6`, `sockaddr_un`) are read only
//!   when `len` covers them and `ss_family` names them.
//! - Descriptors are plain integers: a wrong one is an EBADF from the kernel, never memory
//!   unsafety. None of these functions touch Python objects, so they may run without the GIL.
//! - Results of getaddrinfo/if_nameindex are copied out and freed before returning.

use std::ffi::{CStr, CString};
use std::mem::{size_of, zeroed};

pub type Res<T> = Result<T, i32>;

pub fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn check(rc: libc::c_int) -> Res<libc::c_int> {
    if rc < 0 { Err(errno()) } else { Ok(rc) }
}

fn check_size(rc: libc::ssize_t) -> Res<usize> {
    if rc < 0 { Err(errno()) } else { Ok(rc as usize) }
}

/// A socket address of any family, as the kernel reads and writes them.
#[derive(Clone, Copy)]
pub struct SockAddr {
    storage: libc::sockaddr_storage,
    len: libc::socklen_t,
}

/// A socket address taken apart.
pub enum Decoded {
    Inet([u8; 4], u16),
    Inet6([u8; 16], u16, u32, u32),
    Unix(Vec<u8>),
    Other(i32),
}

const STORAGE: libc::socklen_t = size_of::<libc::sockaddr_storage>() as libc::socklen_t;

impl SockAddr {
    pub fn empty() -> SockAddr {
        // SAFETY: sockaddr_storage is plain bytes; all-zero is a valid (AF_UNSPEC) value.
        SockAddr { storage: unsafe { zeroed() }, len: STORAGE }
    }

    fn from_raw<T>(raw: &T) -> SockAddr {
        let mut a = SockAddr::empty();
        let n = size_of::<T>().min(size_of::<libc::sockaddr_storage>());
        // SAFETY: copies n <= size_of::<T>() bytes of `raw` into the storage, which holds
        // at least n bytes; the two never overlap.
        unsafe { std::ptr::copy_nonoverlapping(raw as *const T as *const u8, &mut a.storage as *mut _ as *mut u8, n) };
        a.len = n as libc::socklen_t;
        a
    }

    pub fn inet(ip: [u8; 4], port: u16) -> SockAddr {
        // SAFETY: sockaddr_in is plain bytes; all-zero is valid.
        let mut sin: libc::sockaddr_in = unsafe { zeroed() };
        sin.sin_family = libc::AF_INET as libc::sa_family_t;
        sin.sin_port = port.to_be();
        sin.sin_addr.s_addr = u32::from_ne_bytes(ip);
        SockAddr::from_raw(&sin)
    }

    pub fn inet6(ip: [u8; 16], port: u16, flowinfo: u32, scope_id: u32) -> SockAddr {
        // SAFETY: sockaddr_in6 is plain bytes; all-zero is valid.
        let mut sin: libc::sockaddr_in6 = unsafe { zeroed() };
        sin.sin6_family = libc::AF_INET6 as libc::sa_family_t;
        sin.sin6_port = port.to_be();
        sin.sin6_flowinfo = flowinfo.to_be();
        sin.sin6_addr.s6_addr = ip;
        sin.sin6_scope_id = scope_id;
        SockAddr::from_raw(&sin)
    }

    /// None when the path does not fit in sun_path.
    pub fn unix(path: &[u8]) -> Option<SockAddr> {
        // SAFETY: sockaddr_un is plain bytes; all-zero is valid.
        let mut sun: libc::sockaddr_un = unsafe { zeroed() };
        if path.len() >= sun.sun_path.len() {
            return None;
        }
        sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
        for (d, s) in sun.sun_path.iter_mut().zip(path) {
            *d = *s as libc::c_char;
        }
        let mut a = SockAddr::from_raw(&sun);
        a.len = (size_of::<libc::sa_family_t>() + path.len()) as libc::socklen_t;
        // A filesystem path carries its terminating NUL, as CPython passes it.
        if path.first() != Some(&0) {
            a.len += 1;
        }
        Some(a)
    }

    pub fn family(&self) -> i32 {
        self.storage.ss_family as i32
    }

    pub fn decode(&self) -> Decoded {
        let len = self.len as usize;
        match self.family() {
            libc::AF_INET if len >= size_of::<libc::sockaddr_in>() => {
                // SAFETY: the family says the storage holds a sockaddr_in and len covers it;
                // storage is aligned for every sockaddr type.
                let sin = unsafe { &*(&self.storage as *const _ as *const libc::sockaddr_in) };
                Decoded::Inet(sin.sin_addr.s_addr.to_ne_bytes(), u16::from_be(sin.sin_port))
            }
            libc::AF_INET6 if len >= size_of::<libc::sockaddr_in6>() => {
                // SAFETY: as above, for sockaddr_in6.
                let sin = unsafe { &*(&self.storage as *const _ as *const libc::sockaddr_in6) };
                Decoded::Inet6(sin.sin6_addr.s6_addr, u16::from_be(sin.sin6_port), u32::from_be(sin.sin6_flowinfo), sin.sin6_scope_id)
            }
            libc::AF_UNIX => {
                // SAFETY: as above, for sockaddr_un (sockaddr_storage is larger than it).
                let sun = unsafe { &*(&self.storage as *const _ as *const libc::sockaddr_un) };
                let n = len.saturating_sub(size_of::<libc::sa_family_t>()).min(sun.sun_path.len());
                let mut path: Vec<u8> = sun.sun_path[..n].iter().map(|c| *c as u8).collect();
                // A filesystem path ends at its NUL; an abstract one (leading NUL) keeps all.
                if path.first() != Some(&0) {
                    if let Some(end) = path.iter().position(|b| *b == 0) {
                        path.truncate(end);
                    }
                }
                Decoded::Unix(path)
            }
            f => Decoded::Other(f),
        }
    }

    fn ptr(&self) -> *const libc::sockaddr {
        &self.storage as *const _ as *const libc::sockaddr
    }

    fn ptr_mut(&mut self) -> *mut libc::sockaddr {
        &mut self.storage as *mut _ as *mut libc::sockaddr
    }
}

pub fn socket(family: i32, ty: i32, proto: i32) -> Res<i32> {
    // SAFETY: no pointers.
    check(unsafe { libc::socket(family, ty | libc::SOCK_CLOEXEC, proto) })
}

pub fn socketpair(family: i32, ty: i32, proto: i32) -> Res<(i32, i32)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` is a live array of two ints.
    check(unsafe { libc::socketpair(family, ty | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) })?;
    Ok((fds[0], fds[1]))
}

pub fn close(fd: i32) -> Res<()> {
    // SAFETY: no pointers.
    check(unsafe { libc::close(fd) }).map(|_| ())
}

pub fn dup(fd: i32) -> Res<i32> {
    // SAFETY: no pointers.
    check(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

pub fn set_nonblocking(fd: i32, on: bool) -> Res<()> {
    // SAFETY: no pointers.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    let new = if on { flags | libc::O_NONBLOCK } else { flags & !libc::O_NONBLOCK };
    if new != flags {
        // SAFETY: no pointers.
        check(unsafe { libc::fcntl(fd, libc::F_SETFL, new) })?;
    }
    Ok(())
}

pub fn get_inheritable(fd: i32) -> Res<bool> {
    // SAFETY: no pointers.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    Ok(flags & libc::FD_CLOEXEC == 0)
}

pub fn set_inheritable(fd: i32, on: bool) -> Res<()> {
    // SAFETY: no pointers.
    let flags = check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    let new = if on { flags & !libc::FD_CLOEXEC } else { flags | libc::FD_CLOEXEC };
    // SAFETY: no pointers.
    check(unsafe { libc::fcntl(fd, libc::F_SETFD, new) }).map(|_| ())
}

pub fn bind(fd: i32, a: &SockAddr) -> Res<()> {
    // SAFETY: the address pointer and length describe `a` (module invariant).
    check(unsafe { libc::bind(fd, a.ptr(), a.len) }).map(|_| ())
}

pub fn connect(fd: i32, a: &SockAddr) -> Res<()> {
    // SAFETY: as bind.
    check(unsafe { libc::connect(fd, a.ptr(), a.len) }).map(|_| ())
}

pub fn listen(fd: i32, backlog: i32) -> Res<()> {
    // SAFETY: no pointers.
    check(unsafe { libc::listen(fd, backlog) }).map(|_| ())
}

pub fn accept(fd: i32) -> Res<(i32, SockAddr)> {
    let mut a = SockAddr::empty();
    // SAFETY: the kernel writes at most `a.len` bytes into the storage and updates len.
    let nfd = check(unsafe { libc::accept4(fd, a.ptr_mut(), &mut a.len, libc::SOCK_CLOEXEC) })?;
    a.len = a.len.min(STORAGE);
    Ok((nfd, a))
}

pub fn send(fd: i32, data: &[u8], flags: i32) -> Res<usize> {
    // SAFETY: reads data.len() bytes of a live slice.
    check_size(unsafe { libc::send(fd, data.as_ptr() as *const libc::c_void, data.len(), flags) })
}

pub fn sendto(fd: i32, data: &[u8], flags: i32, a: &SockAddr) -> Res<usize> {
    // SAFETY: as send and bind.
    check_size(unsafe { libc::sendto(fd, data.as_ptr() as *const libc::c_void, data.len(), flags, a.ptr(), a.len) })
}

pub fn recv(fd: i32, buf: &mut [u8], flags: i32) -> Res<usize> {
    // SAFETY: writes at most buf.len() bytes into a live slice.
    check_size(unsafe { libc::recv(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), flags) })
}

pub fn recvfrom(fd: i32, buf: &mut [u8], flags: i32) -> Res<(usize, SockAddr)> {
    let mut a = SockAddr::empty();
    // SAFETY: as recv and accept.
    let n = check_size(unsafe { libc::recvfrom(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), flags, a.ptr_mut(), &mut a.len) })?;
    a.len = a.len.min(STORAGE);
    Ok((n, a))
}

pub fn shutdown(fd: i32, how: i32) -> Res<()> {
    // SAFETY: no pointers.
    check(unsafe { libc::shutdown(fd, how) }).map(|_| ())
}

pub fn getsockname(fd: i32) -> Res<SockAddr> {
    let mut a = SockAddr::empty();
    // SAFETY: as accept.
    check(unsafe { libc::getsockname(fd, a.ptr_mut(), &mut a.len) })?;
    a.len = a.len.min(STORAGE);
    Ok(a)
}

pub fn getpeername(fd: i32) -> Res<SockAddr> {
    let mut a = SockAddr::empty();
    // SAFETY: as accept.
    check(unsafe { libc::getpeername(fd, a.ptr_mut(), &mut a.len) })?;
    a.len = a.len.min(STORAGE);
    Ok(a)
}

pub fn setsockopt(fd: i32, level: i32, opt: i32, value: &[u8]) -> Res<()> {
    // SAFETY: reads value.len() bytes of a live slice.
    check(unsafe { libc::setsockopt(fd, level, opt, value.as_ptr() as *const libc::c_void, value.len() as libc::socklen_t) }).map(|_| ())
}

pub fn getsockopt(fd: i32, level: i32, opt: i32, buflen: usize) -> Res<Vec<u8>> {
    let mut buf = vec![0u8; buflen];
    let mut len = buflen as libc::socklen_t;
    // SAFETY: the kernel writes at most `len` = buf.len() bytes into `buf`.
    check(unsafe { libc::getsockopt(fd, level, opt, buf.as_mut_ptr() as *mut libc::c_void, &mut len) })?;
    buf.truncate(len as usize);
    Ok(buf)
}

/// Wait for `fd` to be readable (or writable); Ok(false) when the time ran out.
pub fn poll(fd: i32, writing: bool, timeout_ms: i32) -> Res<bool> {
    let events = if writing { libc::POLLOUT } else { libc::POLLIN };
    let mut p = libc::pollfd { fd, events, revents: 0 };
    // SAFETY: one live pollfd.
    let n = check(unsafe { libc::poll(&mut p, 1, timeout_ms) })?;
    Ok(n > 0)
}

pub struct AddrInfo {
    pub family: i32,
    pub socktype: i32,
    pub protocol: i32,
    pub canonname: String,
    pub addr: SockAddr,
}

/// getaddrinfo; Err holds the EAI_* code (EAI_SYSTEM: errno in the second field).
pub fn getaddrinfo(host: Option<&CStr>, serv: Option<&CStr>, family: i32, socktype: i32, protocol: i32, flags: i32) -> Result<Vec<AddrInfo>, (i32, i32)> {
    // SAFETY: addrinfo is plain data; all-zero is the documented empty hints value.
    let mut hints: libc::addrinfo = unsafe { zeroed() };
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_protocol = protocol;
    hints.ai_flags = flags;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: host/serv are null or live NUL-terminated strings; hints is live; res receives
    // a list we free below.
    let rc = unsafe {
        libc::getaddrinfo(host.map_or(std::ptr::null(), |h| h.as_ptr()), serv.map_or(std::ptr::null(), |s| s.as_ptr()), &hints, &mut res)
    };
    if rc != 0 {
        return Err((rc, errno()));
    }
    let mut out = Vec::new();
    let mut p = res;
    while !p.is_null() {
        // SAFETY: p is a node of the list getaddrinfo returned, not yet freed.
        let ai = unsafe { &*p };
        let mut addr = SockAddr::empty();
        let n = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
        if !ai.ai_addr.is_null() {
            // SAFETY: ai_addr points at ai_addrlen readable bytes; n is capped by the storage.
            unsafe { std::ptr::copy_nonoverlapping(ai.ai_addr as *const u8, &mut addr.storage as *mut _ as *mut u8, n) };
        }
        addr.len = n as libc::socklen_t;
        let canonname = if ai.ai_canonname.is_null() {
            String::new()
        } else {
            // SAFETY: a non-null ai_canonname is a NUL-terminated string owned by the list.
            unsafe { CStr::from_ptr(ai.ai_canonname) }.to_string_lossy().into_owned()
        };
        out.push(AddrInfo { family: ai.ai_family, socktype: ai.ai_socktype, protocol: ai.ai_protocol, canonname, addr });
        p = ai.ai_next;
    }
    // SAFETY: res is the list getaddrinfo allocated, freed once.
    unsafe { libc::freeaddrinfo(res) };
    Ok(out)
}

pub fn gai_strerror(code: i32) -> String {
    // SAFETY: gai_strerror returns a static NUL-terminated string (or null).
    let p = unsafe { libc::gai_strerror(code) };
    if p.is_null() {
        return "Unknown error".to_string();
    }
    // SAFETY: non-null, static, NUL-terminated.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

pub fn getnameinfo(a: &SockAddr, flags: i32) -> Result<(String, String), (i32, i32)> {
    let mut host = [0 as libc::c_char; 1025];
    let mut serv = [0 as libc::c_char; 32];
    // SAFETY: the address is `a`; host/serv are live buffers of the lengths passed.
    let rc = unsafe { libc::getnameinfo(a.ptr(), a.len, host.as_mut_ptr(), host.len() as libc::socklen_t, serv.as_mut_ptr(), serv.len() as libc::socklen_t, flags) };
    if rc != 0 {
        return Err((rc, errno()));
    }
    // SAFETY: getnameinfo NUL-terminated both buffers on success.
    let h = unsafe { CStr::from_ptr(host.as_ptr()) }.to_string_lossy().into_owned();
    // SAFETY: as above.
    let s = unsafe { CStr::from_ptr(serv.as_ptr()) }.to_string_lossy().into_owned();
    Ok((h, s))
}

pub fn gethostname() -> Res<Vec<u8>> {
    let mut buf = [0 as libc::c_char; 1024];
    // SAFETY: buf is live; one byte is kept for the NUL.
    check(unsafe { libc::gethostname(buf.as_mut_ptr(), buf.len() - 1) })?;
    // SAFETY: NUL-terminated (the last byte was never written).
    Ok(unsafe { CStr::from_ptr(buf.as_ptr()) }.to_bytes().to_vec())
}

pub fn sethostname(name: &[u8]) -> Res<()> {
    // SAFETY: reads name.len() bytes of a live slice.
    check(unsafe { libc::sethostname(name.as_ptr() as *const libc::c_char, name.len()) }).map(|_| ())
}

/// inet_pton: the packed address, None when `text` is not one.
pub fn inet_pton(family: i32, text: &CStr) -> Res<Option<Vec<u8>>> {
    let mut buf = [0u8; 16];
    // SAFETY: text is NUL-terminated; buf holds 16 bytes, enough for either family.
    let rc = unsafe { inet_pton_c(family, text.as_ptr(), buf.as_mut_ptr() as *mut libc::c_void) };
    match rc {
        1 => Ok(Some(buf[..if family == libc::AF_INET { 4 } else { 16 }].to_vec())),
        0 => Ok(None),
        _ => Err(errno()),
    }
}

pub fn inet_ntop(family: i32, packed: &[u8]) -> Res<String> {
    let mut src = [0u8; 16];
    let n = packed.len().min(16);
    src[..n].copy_from_slice(&packed[..n]);
    let mut out = [0 as libc::c_char; 64];
    // SAFETY: src holds 16 readable bytes; out is a live 64-byte buffer.
    let p = unsafe { inet_ntop_c(family, src.as_ptr() as *const libc::c_void, out.as_mut_ptr(), out.len() as libc::socklen_t) };
    if p.is_null() {
        return Err(errno());
    }
    // SAFETY: inet_ntop NUL-terminated `out`.
    Ok(unsafe { CStr::from_ptr(out.as_ptr()) }.to_string_lossy().into_owned())
}

pub fn inet_aton(text: &CStr) -> Option<[u8; 4]> {
    // SAFETY: in_addr is plain data.
    let mut a: libc::in_addr = unsafe { zeroed() };
    // SAFETY: text is NUL-terminated, a is live.
    let ok = unsafe { inet_aton_c(text.as_ptr(), &mut a) };
    if ok == 0 { None } else { Some(a.s_addr.to_ne_bytes()) }
}

unsafe extern "C" {
    #[link_name = "inet_aton"]
    fn inet_aton_c(cp: *const libc::c_char, inp: *mut libc::in_addr) -> libc::c_int;
    #[link_name = "inet_pton"]
    fn inet_pton_c(af: libc::c_int, src: *const libc::c_char, dst: *mut libc::c_void) -> libc::c_int;
    #[link_name = "inet_ntop"]
    fn inet_ntop_c(af: libc::c_int, src: *const libc::c_void, dst: *mut libc::c_char, size: libc::socklen_t) -> *const libc::c_char;
}

pub fn if_nameindex() -> Res<Vec<(u32, String)>> {
    // SAFETY: no arguments; the returned array is freed below.
    let list = unsafe { libc::if_nameindex() };
    if list.is_null() {
        return Err(errno());
    }
    let mut out = Vec::new();
    let mut p = list;
    loop {
        // SAFETY: the array ends with an entry of index 0 and null name; p stays inside it.
        let e = unsafe { &*p };
        if e.if_index == 0 && e.if_name.is_null() {
            break;
        }
        // SAFETY: if_name of a non-terminal entry is a NUL-terminated string.
        let name = unsafe { CStr::from_ptr(e.if_name) }.to_string_lossy().into_owned();
        out.push((e.if_index, name));
        // SAFETY: not past the terminal entry (checked above).
        p = unsafe { p.add(1) };
    }
    // SAFETY: freeing the array if_nameindex returned, once.
    unsafe { libc::if_freenameindex(list) };
    Ok(out)
}

pub fn if_nametoindex(name: &CStr) -> u32 {
    // SAFETY: NUL-terminated string.
    unsafe { libc::if_nametoindex(name.as_ptr()) }
}

pub fn if_indextoname(index: u32) -> Res<String> {
    let mut buf = [0 as libc::c_char; libc::IF_NAMESIZE + 1];
    // SAFETY: buf holds IF_NAMESIZE bytes as the call requires.
    let p = unsafe { libc::if_indextoname(index, buf.as_mut_ptr()) };
    if p.is_null() {
        return Err(errno());
    }
    // SAFETY: NUL-terminated on success.
    Ok(unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned())
}

/// getservbyname: the port in host order. Called with the GIL held (the result is static).
pub fn getservbyname(name: &CStr, proto: Option<&CStr>) -> Option<u16> {
    // SAFETY: NUL-terminated strings or null; the result is read before any other call.
    let p = unsafe { libc::getservbyname(name.as_ptr(), proto.map_or(std::ptr::null(), |p| p.as_ptr())) };
    if p.is_null() {
        return None;
    }
    // SAFETY: non-null servent from libc's static storage.
    Some(u16::from_be(unsafe { (*p).s_port } as u16))
}

pub fn getservbyport(port: u16, proto: Option<&CStr>) -> Option<String> {
    // SAFETY: as getservbyname.
    let p = unsafe { libc::getservbyport((port.to_be()) as libc::c_int, proto.map_or(std::ptr::null(), |p| p.as_ptr())) };
    if p.is_null() {
        return None;
    }
    // SAFETY: s_name of a servent is NUL-terminated.
    Some(unsafe { CStr::from_ptr((*p).s_name) }.to_string_lossy().into_owned())
}

pub fn getprotobyname(name: &CStr) -> Option<i32> {
    // SAFETY: as getservbyname.
    let p = unsafe { libc::getprotobyname(name.as_ptr()) };
    if p.is_null() {
        return None;
    }
    // SAFETY: non-null protoent.
    Some(unsafe { (*p).p_proto })
}

pub fn cstring(b: &[u8]) -> Option<CString> {
    CString::new(b.to_vec()).ok()
}

/// One ancillary data item: (level, type, data).
pub type Cmsg = (i32, i32, Vec<u8>);

/// sendmsg over the buffers, with the control messages and an optional destination.
pub fn sendmsg(fd: i32, bufs: &[Vec<u8>], cmsgs: &[Cmsg], flags: i32, to: Option<&SockAddr>) -> Res<usize> {
    let mut iov: Vec<libc::iovec> = bufs.iter().map(|b| libc::iovec { iov_base: b.as_ptr() as *mut libc::c_void, iov_len: b.len() }).collect();
    // SAFETY: CMSG_SPACE only computes a size.
    let space: usize = cmsgs.iter().map(|(_, _, d)| unsafe { libc::CMSG_SPACE(d.len() as u32) } as usize).sum();
    // u64 elements keep the control buffer aligned for cmsghdr.
    let mut control = vec![0u64; space.div_ceil(8)];
    // SAFETY: msghdr is plain data; all-zero is valid.
    let mut msg: libc::msghdr = unsafe { zeroed() };
    if let Some(a) = to {
        msg.msg_name = a.ptr() as *mut libc::c_void;
        msg.msg_namelen = a.len;
    }
    msg.msg_iov = iov.as_mut_ptr();
    msg.msg_iovlen = iov.len();
    if space > 0 {
        msg.msg_control = control.as_mut_ptr() as *mut libc::c_void;
        msg.msg_controllen = space;
        // SAFETY: the control buffer holds the sum of CMSG_SPACE of every item, so each
        // header and its data lie inside it; CMSG_FIRSTHDR/NXTHDR walk exactly that many.
        unsafe {
            let mut h = libc::CMSG_FIRSTHDR(&msg);
            for (level, ty, data) in cmsgs {
                if h.is_null() {
                    return Err(libc::EINVAL);
                }
                (*h).cmsg_level = *level;
                (*h).cmsg_type = *ty;
                (*h).cmsg_len = libc::CMSG_LEN(data.len() as u32) as usize;
                std::ptr::copy_nonoverlapping(data.as_ptr(), libc::CMSG_DATA(h), data.len());
                h = libc::CMSG_NXTHDR(&msg, h);
            }
        }
    }
    // SAFETY: every pointer in msg refers to the live vectors above or `to`.
    check_size(unsafe { libc::sendmsg(fd, &msg, flags) })
}

/// recvmsg into one buffer of `size` bytes with `ancsize` bytes of control space:
/// (bytes read, control messages, msg_flags, sender).
pub fn recvmsg(fd: i32, buf: &mut [u8], ancsize: usize, flags: i32) -> Res<(usize, Vec<Cmsg>, i32, SockAddr)> {
    let mut iov = libc::iovec { iov_base: buf.as_mut_ptr() as *mut libc::c_void, iov_len: buf.len() };
    let mut control = vec![0u64; ancsize.div_ceil(8)];
    let mut a = SockAddr::empty();
    // SAFETY: msghdr is plain data; all-zero is valid.
    let mut msg: libc::msghdr = unsafe { zeroed() };
    msg.msg_name = a.ptr_mut() as *mut libc::c_void;
    msg.msg_namelen = a.len;
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    if ancsize > 0 {
        msg.msg_control = control.as_mut_ptr() as *mut libc::c_void;
        msg.msg_controllen = ancsize;
    }
    // SAFETY: every pointer in msg refers to live locals of the sizes given.
    let n = check_size(unsafe { libc::recvmsg(fd, &mut msg, flags) })?;
    a.len = msg.msg_namelen.min(STORAGE);
    let mut items = Vec::new();
    if ancsize > 0 && !msg.msg_control.is_null() {
        let end = control.as_ptr() as usize + msg.msg_controllen.min(ancsize);
        // SAFETY: the kernel wrote msg_controllen (<= ancsize) bytes of headers; each
        // header is checked to lie inside that range before its data is read.
        unsafe {
            let mut h = libc::CMSG_FIRSTHDR(&msg);
            while !h.is_null() {
                let data = libc::CMSG_DATA(h);
                let hdr_end = h as usize + (*h).cmsg_len;
                if (*h).cmsg_len < libc::CMSG_LEN(0) as usize || hdr_end > end {
                    // A truncated item: keep what lies inside the buffer.
                    let avail = end.saturating_sub(data as usize);
                    items.push(((*h).cmsg_level, (*h).cmsg_type, std::slice::from_raw_parts(data, avail.min(ancsize)).to_vec()));
                    break;
                }
                let len = hdr_end - data as usize;
                items.push(((*h).cmsg_level, (*h).cmsg_type, std::slice::from_raw_parts(data, len).to_vec()));
                h = libc::CMSG_NXTHDR(&msg, h);
            }
        }
    }
    if a.len == 0 {
        a = SockAddr::empty();
        a.len = 0;
    }
    Ok((n, items, msg.msg_flags, a))
}
