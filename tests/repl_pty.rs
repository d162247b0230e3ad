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
    /// Where the text after the last match starts.
    seen: usize,
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
        let mut command = Command::new(env!("CARGO_BIN_EXE_minipy"));
        // SAFETY: between fork and exec the child only calls setsid and ioctl, both
        // async-signal-safe: it becomes a session leader whose controlling terminal is the
        // pty, so Ctrl-C typed there sends it SIGINT as a real terminal would.
        unsafe {
            use std::os::unix::process::CommandExt;
            command.pre_exec(|| {
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY, 0);
                Ok(())
            });
        }
        let child = command
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
        Pty { master, child, screen: String::new(), seen: 0 }
    }

    fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).expect("type");
        std::thread::sleep(Duration::from_millis(150));
    }

    /// Read until `text` appears after the previous match; panics after a timeout.
    fn expect(&mut self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut buf = [0u8; 4096];
        loop {
            if let Some(at) = self.screen.get(self.seen..).and_then(|rest| rest.find(text)) {
                self.seen += at + text.len();
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

fn temp_dir(tag: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("minipy-pty-{tag}-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    dir
}

#[test]
fn typed_indentation_one_thread_and_ctrl_c_in_sleep() {
    let dir = temp_dir("indent");
    let history = dir.join("history");
    let mut pty = Pty::spawn(&history);
    pty.expect(">>> ");
    // A user who types their own indentation gets exactly that much, whatever the
    // auto-indentation offered; a line typed without indentation gets the offered one.
    pty.send("def f():\r");
    pty.send("    x = 1\r");
    pty.send("if x:\r");
    pty.send("        return len('    ' + 'a')\r");
    pty.send("\r");
    pty.send("f()\r");
    pty.expect("5\r\n");
    // Every statement runs on the same OS thread: its ident and thread-locals stay.
    pty.send("import threading, time\r");
    pty.send("t = threading.get_ident(); loc = threading.local(); loc.v = 'kept'\r");
    pty.send("print(t == threading.get_ident(), loc.v, threading.current_thread() is threading.main_thread())\r");
    pty.expect("True kept True");
    pty.send("time.sleep(10)\r");
    std::thread::sleep(Duration::from_millis(400));
    let asked = Instant::now();
    pty.send("\x03");
    pty.expect("KeyboardInterrupt");
    pty.expect(">>> ");
    assert!(asked.elapsed() < Duration::from_secs(5), "Ctrl-C did not end the sleep");
    assert!(!pty.screen.contains("<frozen"), "{}", pty.screen);
    pty.send("quit()\r");
    let status = pty.child.wait().expect("minipy ends");
    assert!(status.success(), "{status:?}\n{}", pty.screen);
    let saved = std::fs::read_to_string(&history).unwrap_or_default();
    // The auto-indented line is kept with the indentation it was given.
    for line in ["\ndef f():\n", "\n    x = 1\n", "\n    if x:\n", "\n        return len('    ' + 'a')\n"] {
        assert!(saved.contains(line), "history lacks {line:?}: {saved:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn history_survives_a_restart_and_exit_leaves() {
    let dir = temp_dir("restart");
    let history = dir.join("history");
    let mut pty = Pty::spawn(&history);
    pty.expect(">>> ");
    pty.send("answer = 6 * 7\r");
    pty.send("exit()\r");
    let status = pty.child.wait().expect("minipy ends");
    assert!(status.success(), "{status:?}\n{}", pty.screen);
    let mut pty = Pty::spawn(&history);
    pty.expect(">>> ");
    // Up in the new process recalls the lines typed in the old one, newest first.
    pty.send("\x1b[A");
    pty.expect("exit()");
    pty.send("\x1b[A");
    pty.expect("answer = 6 * 7");
    pty.send("\r");
    pty.send("answer\r");
    pty.expect("42");
    pty.send("raise SystemExit(3)\r");
    let status = pty.child.wait().expect("minipy ends");
    assert_eq!(status.code(), Some(3), "{}", pty.screen);
    let _ = std::fs::remove_dir_all(&dir);
}
