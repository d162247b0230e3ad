//! The REPL as a person meets it: minipy on a pseudo-terminal, keys typed into it and the
//! screen read back (a multi-line function, an error, history recall with Up, Ctrl-C in a
//! busy loop and at the prompt, tab completion, Ctrl-D).

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Pty {
    master: File,
    child: Child,
    screen: String,
}

impl Pty {
    fn spawn(history: &std::path::Path) -> Pty {
        let (mut master, mut slave) = (0, 0);
        // SAFETY: openpty fills two fresh descriptors we then own; the null pointers ask
        // for no name, default terminal settings and window size.
        let rc = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), std::ptr::null()) };
        assert_eq!(rc, 0, "openpty");
        // SAFETY: both descriptors were just returned by openpty and nothing else owns them.
        let (master, slave) = unsafe { (File::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        let clone = |fd: &OwnedFd| Stdio::from(fd.try_clone().expect("dup"));
        let child = Command::new(env!("CARGO_BIN_EXE_minipy"))
            .env("TERM", "xterm")
            .env("MINIPY_HISTORY", history)
            .stdin(clone(&slave))
            .stdout(clone(&slave))
            .stderr(clone(&slave))
            .spawn()
            .expect("minipy starts");
        drop(slave);
        // SAFETY: fcntl on a descriptor we own; O_NONBLOCK lets reads time out.
        unsafe {
            let flags = libc::fcntl(master.as_raw_fd(), libc::F_GETFL);
            libc::fcntl(master.as_raw_fd(), libc::F_SETFL, flags | libc::O_NONBLOCK);
        }
        Pty { master, child, screen: String::new() }
    }

    fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).expect("type");
        std::thread::sleep(Duration::from_millis(150));
    }

    /// Read until `text` appears after what was already seen; panics after a timeout.
    fn expect(&mut self, text: &str) {
        let start = self.screen.len();
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut buf = [0u8; 4096];
        loop {
            if self.screen[start..].contains(text) {
                return;
            }
            match self.master.read(&mut buf) {
                Ok(0) => {}
                Ok(n) => self.screen.push_str(&String::from_utf8_lossy(&buf[..n])),
                Err(_) => std::thread::sleep(Duration::from_millis(20)),
            }
            assert!(Instant::now() < deadline, "never saw {text:?}; screen:\n{}", self.screen);
        }
    }
}

#[test]
fn a_session_on_a_terminal() {
    let dir = std::env::temp_dir().join(format!("minipy-pty-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let history = dir.join("history");
    let mut pty = Pty::spawn(&history);
    pty.expect("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    pty.expect(">>> ");
    pty.send("def f(x):\r");
    pty.expect("... ");
    // The continuation line starts indented; typing the body needs no spaces.
    pty.send("return x * 2\r");
    pty.send("\r");
    pty.send("f(21)\r");
    pty.expect("42");
    pty.send("1/0\r");
    pty.expect("ZeroDivisionError: division by zero");
    pty.expect(">>> ");
    pty.send("while True: pass\r\r");
    std::thread::sleep(Duration::from_millis(300));
    pty.send("\x03");
    pty.expect("KeyboardInterrupt");
    pty.expect(">>> ");
    // Up recalls the previous line; Ctrl-C drops it again.
    pty.send("\x1b[A");
    pty.expect("while True: pass");
    pty.send("\x03");
    pty.expect("KeyboardInterrupt");
    pty.send("import math\r");
    pty.send("math.sqr\t");
    pty.expect("math.sqrt(");
    pty.send("16)\r");
    pty.expect("4.0");
    pty.send("exit\r");
    pty.expect("Use exit() or Ctrl-D (i.e. EOF) to exit");
    pty.send("\x04");
    let status = pty.child.wait().expect("minipy ends");
    assert!(status.success(), "{status:?}\n{}", pty.screen);
    let saved = std::fs::read_to_string(&history).unwrap_or_default();
    assert!(saved.contains("def f(x):") && saved.contains("f(21)"), "history file: {saved:?}");
    let _ = std::fs::remove_dir_all(&dir);
}
