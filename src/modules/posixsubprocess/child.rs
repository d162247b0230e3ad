//! The child side of `fork_exec`: from fork to exec only async-signal-safe system calls on
//! memory prepared in the parent (no allocation, no locks), then `_exit` on failure.

use std::ffi::CString;

pub struct Plan {
    /// Owns the strings `argv_ptrs` points into.
    _argv: Vec<CString>,
    argv_ptrs: Vec<*const libc::c_char>,
    executables: Vec<CString>,
    env_ptrs: Option<Vec<*const libc::c_char>>,
    /// Owns the strings `env_ptrs` points into.
    _env: Option<Vec<CString>>,
    cwd: Option<CString>,
    /// p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write.
    fds: [i32; 8],
    pass_fds: Vec<i32>,
    close_fds: bool,
    restore_signals: bool,
    new_session: bool,
    umask: i64,
    /// The highest descriptor number to close when close_range is unavailable.
    max_fd: i32,
}

impl Plan {
    #[allow(clippy::too_many_arguments)]
    pub fn new(argv: Vec<CString>, executables: Vec<CString>, env: Option<Vec<CString>>, cwd: Option<CString>, fds: [i32; 8], pass_fds: Vec<i32>, close_fds: bool, restore_signals: bool, new_session: bool, umask: i64) -> Plan {
        let mut argv_ptrs: Vec<*const libc::c_char> = argv.iter().map(|a| a.as_ptr()).collect();
        argv_ptrs.push(std::ptr::null());
        let env_ptrs = env.as_ref().map(|e| {
            let mut p: Vec<*const libc::c_char> = e.iter().map(|a| a.as_ptr()).collect();
            p.push(std::ptr::null());
            p
        });
        // SAFETY: sysconf takes a plain constant.
        let max_fd = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) }.clamp(256, 1 << 20) as i32;
        Plan { _argv: argv, argv_ptrs, executables, env_ptrs, _env: env, cwd, fds, pass_fds, close_fds, restore_signals, new_session, umask, max_fd }
    }

    /// Runs in the child: set it up and exec; never returns.
    pub fn run(&self) -> ! {
        let [p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write] = self.fds;
        // SAFETY (whole block): the child of fork, alone in its copy of the address space;
        // only async-signal-safe calls on the prepared buffers follow.
        unsafe {
            for fd in [p2cwrite, c2pread, errread, errpipe_read] {
                if fd >= 0 {
                    libc::close(fd);
                }
            }
            // A pipe end already at a lower standard slot would be overwritten by the
            // dup2 of an earlier one: move it out of the way first.
            let c2pwrite = if c2pwrite == 0 { libc::dup(c2pwrite) } else { c2pwrite };
            let errwrite = if errwrite == 0 || errwrite == 1 { libc::dup(errwrite) } else { errwrite };
            for (fd, target) in [(p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
                if fd == target {
                    clear_cloexec(fd);
                } else if fd >= 0 && libc::dup2(fd, target) < 0 {
                    self.fail(errpipe_write, "OSError", errno(), b"");
                }
            }
            if let Some(cwd) = &self.cwd {
                if libc::chdir(cwd.as_ptr()) != 0 {
                    self.fail(errpipe_write, "OSError", errno(), b"noexec:chdir");
                }
            }
            if self.umask >= 0 {
                libc::umask(self.umask as libc::mode_t);
            }
            if self.restore_signals {
                libc::signal(libc::SIGPIPE, libc::SIG_DFL);
                libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
            }
            if self.new_session && libc::setsid() < 0 {
                self.fail(errpipe_write, "OSError", errno(), b"noexec");
            }
            for &fd in &self.pass_fds {
                clear_cloexec(fd);
            }
            if self.close_fds {
                self.close_other_fds(errpipe_write);
            }
            let mut saved = 0;
            for exe in &self.executables {
                match &self.env_ptrs {
                    Some(env) => libc::execve(exe.as_ptr(), self.argv_ptrs.as_ptr(), env.as_ptr()),
                    None => libc::execv(exe.as_ptr(), self.argv_ptrs.as_ptr()),
                };
                let e = errno();
                if e != libc::ENOENT && e != libc::ENOTDIR && saved == 0 {
                    saved = e;
                }
            }
            let e = if saved != 0 { saved } else { errno() };
            self.fail(errpipe_write, "OSError", e, b"");
        }
    }

    /// preexec_fn raised: report it as CPython's child does.
    pub fn fail_preexec(&self) -> ! {
        self.fail(self.fds[7], "SubprocessError", 0, b"Exception occurred in preexec_fn.")
    }

    /// Close every descriptor above 2 except the error pipe and `pass_fds` (sorted).
    fn close_other_fds(&self, keep: i32) {
        let mut low = 3;
        let mut kept = -1;
        // Walk the kept descriptors in increasing order (the error pipe merged into the
        // sorted pass_fds without allocating), closing the gaps between them.
        loop {
            let next = self.pass_fds.iter().copied().chain(std::iter::once(keep)).filter(|&fd| fd >= low && fd > kept).min();
            let Some(fd) = next else { break };
            self.close_range(low, fd);
            low = fd + 1;
            kept = fd;
        }
        self.close_range(low, i32::MAX);
    }

    /// Close [low, high): close_range when the kernel has it, else one by one.
    fn close_range(&self, low: i32, high: i32) {
        if high <= low {
            return;
        }
        // SAFETY: integer-only system calls in the child.
        let rc = unsafe { libc::syscall(libc::SYS_close_range, low as libc::c_uint, (high - 1) as libc::c_uint, 0 as libc::c_uint) };
        if rc != 0 {
            for fd in low..high.min(self.max_fd) {
                // SAFETY: as above.
                unsafe { libc::close(fd) };
            }
        }
    }

    /// Write `Name:hexerrno:detail` to the error pipe and exit with 255.
    fn fail(&self, pipe: i32, name: &str, errno: i32, detail: &[u8]) -> ! {
        let mut buf = [0u8; 128];
        let mut len = 0;
        let mut put = |bytes: &[u8]| {
            for &b in bytes {
                if len < buf.len() {
                    buf[len] = b;
                    len += 1;
                }
            }
        };
        put(name.as_bytes());
        put(b":");
        let mut hex = [0u8; 8];
        let mut digits = 0;
        let mut v = errno as u32;
        loop {
            hex[digits] = b"0123456789abcdef"[(v % 16) as usize];
            digits += 1;
            v /= 16;
            if v == 0 || digits == hex.len() {
                break;
            }
        }
        hex[..digits].reverse();
        put(&hex[..digits]);
        put(b":");
        put(detail);
        // SAFETY: writing a stack buffer and exiting without running atexit handlers or
        // destructors (the parent owns all of that).
        unsafe {
            if pipe >= 0 {
                libc::write(pipe, buf.as_ptr() as *const libc::c_void, len);
            }
            libc::_exit(255)
        }
    }
}

fn errno() -> i32 {
    // SAFETY: the calling thread's errno slot is always valid.
    unsafe { *libc::__errno_location() }
}

fn clear_cloexec(fd: i32) {
    // SAFETY: fcntl on an integer descriptor.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFD);
        if flags >= 0 && flags & libc::FD_CLOEXEC != 0 {
            libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC);
        }
    }
}
