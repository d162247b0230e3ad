//! The interactive prompt: statements read line by line (`>>> `, then `... ` while the
//! statement is incomplete, a block ending at an empty line), each run in the persistent
//! `__main__`. On a terminal the line editor (`editor.rs`) gives history, completion and
//! auto-indentation; otherwise lines come from stdin and the prompts go to stderr, as
//! CPython does for `python3 -i < file`.

mod editor;
mod indent;

use std::cell::RefCell;
use std::io::IsTerminal;
use std::rc::Rc;

use crate::vm::Interpreter;
use crate::vm::interactive::Outcome;

/// What reading one line can give besides the line.
pub enum ReadError {
    Eof,
    /// Ctrl-C at the prompt: the statement being typed is dropped.
    Interrupted,
}

/// A source of lines: the line editor, or plain stdin.
pub trait LineSource {
    /// Read a line (without its newline) after showing `prompt`, with `indent` already
    /// typed where the source supports it.
    fn read_line(&mut self, prompt: &str, indent: &str) -> Result<String, ReadError>;
    /// A statement was read in full (history is kept per line).
    fn statement_done(&mut self) {}
}

struct PlainStdin;

impl LineSource for PlainStdin {
    fn read_line(&mut self, prompt: &str, _indent: &str) -> Result<String, ReadError> {
        eprint!("{prompt}");
        let mut line = String::new();
        match crate::vm::interrupt::read_stdin_line(&mut line) {
            Ok(0) => Err(ReadError::Eof),
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                }
                Ok(line)
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => Err(ReadError::Interrupted),
            Err(_) => Err(ReadError::Eof),
        }
    }
}

/// The banner CPython prints on stderr, naming minipy.
pub fn banner() -> String {
    format!(
        "{} on {}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
        crate::cli::VERSION,
        std::env::consts::OS
    )
}

/// Run the REPL until EOF, `exit()` or SystemExit; the process exit status.
pub fn run(interp: Interpreter) -> u8 {
    let interp = Rc::new(RefCell::new(interp));
    interp.borrow_mut().begin_interactive();
    let terminal = std::io::stdin().is_terminal();
    if !crate::config::get().quiet && terminal {
        eprint!("{}", banner());
    }
    if terminal {
        if let Some(mut source) = editor::Terminal::new(interp.clone()) {
            return run_with(&interp, &mut source);
        }
    }
    let mut source = PlainStdin;
    run_with(&interp, &mut source)
}

/// The read-run loop over any line source.
pub fn run_with(interp: &Rc<RefCell<Interpreter>>, lines: &mut dyn LineSource) -> u8 {
    loop {
        let mut source = String::new();
        let mut primary = true;
        let mut indent = String::new();
        let statement = loop {
            let prompt = interp.borrow_mut().prompt(primary);
            crate::vm::interrupt::take();
            match lines.read_line(&prompt, &indent) {
                Ok(line) => {
                    // A line of nothing but (auto-)indentation ends a block like an empty one.
                    let line = if line.trim().is_empty() { String::new() } else { line };
                    source.push_str(&line);
                    source.push('\n');
                    if !crate::parser::is_incomplete(&source) {
                        break Some(std::mem::take(&mut source));
                    }
                    indent = indent::next_indent(&line, &indent);
                    primary = false;
                }
                Err(ReadError::Interrupted) => {
                    eprint!("\nKeyboardInterrupt\n");
                    break None;
                }
                // EOF ends a statement being typed (it runs, as in CPython), then the REPL.
                Err(ReadError::Eof) if !source.trim().is_empty() => {
                    eprintln!();
                    break Some(std::mem::take(&mut source));
                }
                Err(ReadError::Eof) => {
                    eprintln!();
                    return 0;
                }
            }
        };
        lines.statement_done();
        let Some(statement) = statement else { continue };
        if statement.trim().is_empty() {
            continue;
        }
        if let Outcome::Exit(status) = interp.borrow_mut().run_statement(&statement) {
            return (status & 0xff) as u8;
        }
    }
}
