//! The terminal line source: rustyline with a history file, tab completion of names and
//! attributes, and auto-indentation that gives way when the user types their own.

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{
    Cmd, ConditionalEventHandler, Context, Editor, Event, EventContext, EventHandler, Helper, KeyCode, KeyEvent,
    Modifiers, Movement, RepeatCount,
};

use super::{LineSource, ReadError};
use crate::vm::Interpreter;

/// The history file: $MINIPY_HISTORY, else ~/.minipy_history.
fn history_path() -> Option<PathBuf> {
    if let Some(p) = crate::config::env_var("MINIPY_HISTORY") {
        return Some(PathBuf::from(p));
    }
    std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(".minipy_history"))
}

struct PyHelper {
    interp: Rc<RefCell<Interpreter>>,
}

impl Completer for PyHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = line.get(..pos).unwrap_or(line);
        // Tab in the indentation indents, as in CPython's REPL.
        if before.trim().is_empty() {
            return Ok((pos, vec![Pair { display: "    ".into(), replacement: "    ".into() }]));
        }
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '.'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[start..];
        let Ok(mut interp) = self.interp.try_borrow_mut() else { return Ok((pos, Vec::new())) };
        let found = interp.complete(word);
        let pairs = found
            .into_iter()
            .map(|c| {
                let display = c.rsplit_once('.').map_or(c.as_str(), |(_, a)| a).to_string();
                Pair { display, replacement: c }
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for PyHelper {
    type Hint = String;
}
impl Highlighter for PyHelper {}
impl Validator for PyHelper {}
impl Helper for PyHelper {}

/// The first space typed on a line that holds only the auto-indentation replaces it, so a
/// user who types their own indentation gets exactly what they type: all of the
/// auto-indentation but one space is deleted, and that one stands for the space typed.
/// The deletion is a dedent by `indent_size`, which `read_line` sets to the auto-indentation
/// less one: rustyline re-counts a Kill's movement (its repeat count) and leaves the cursor
/// before text a Replace inserts, but a dedent keeps the cursor after what remains.
struct OwnIndent {
    auto: Arc<Mutex<String>>,
}

impl ConditionalEventHandler for OwnIndent {
    fn handle(&self, _evt: &Event, _n: RepeatCount, _positive: bool, ctx: &EventContext) -> Option<Cmd> {
        let mut auto = self.auto.lock().ok()?;
        if auto.is_empty() || ctx.line() != auto.as_str() || ctx.pos() != ctx.line().len() {
            return None;
        }
        if !auto.chars().all(|c| c == ' ') {
            return None;
        }
        let extra = auto.len() - 1;
        if extra > usize::from(u8::MAX) {
            return None;
        }
        auto.clear();
        if extra == 0 {
            return Some(Cmd::Noop);
        }
        Some(Cmd::Dedent(Movement::WholeLine))
    }
}

pub struct Terminal {
    editor: Editor<PyHelper, DefaultHistory>,
    history: Option<PathBuf>,
    auto: Arc<Mutex<String>>,
}

impl Terminal {
    pub fn new(interp: Rc<RefCell<Interpreter>>) -> Option<Terminal> {
        let config = rustyline::Config::builder()
            .auto_add_history(false)
            .completion_type(rustyline::CompletionType::List)
            .max_history_size(10_000)
            .ok()?
            .build();
        let mut editor: Editor<PyHelper, DefaultHistory> = Editor::with_config(config).ok()?;
        editor.set_helper(Some(PyHelper { interp }));
        let auto = Arc::new(Mutex::new(String::new()));
        editor.bind_sequence(
            Event::from(KeyEvent(KeyCode::Char(' '), Modifiers::NONE)),
            EventHandler::Conditional(Box::new(OwnIndent { auto: auto.clone() })),
        );
        let history = history_path();
        if let Some(path) = &history {
            let _ = editor.load_history(path);
        }
        Some(Terminal { editor, history, auto })
    }
}

impl LineSource for Terminal {
    fn read_line(&mut self, prompt: &str, indent: &str) -> Result<String, ReadError> {
        if let Ok(mut auto) = self.auto.lock() {
            *auto = indent.to_string();
        }
        if let Some(size) = indent.len().checked_sub(1).and_then(|n| u8::try_from(n).ok()).filter(|n| *n > 0) {
            rustyline::config::Configurer::set_indent_size(&mut self.editor, size);
        }
        match self.editor.readline_with_initial(prompt, (indent, "")) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = self.editor.add_history_entry(line.as_str());
                }
                Ok(line)
            }
            Err(ReadlineError::Interrupted) => Err(ReadError::Interrupted),
            Err(_) => Err(ReadError::Eof),
        }
    }

    fn statement_done(&mut self) {
        if let Some(path) = &self.history {
            let _ = self.editor.append_history(path);
        }
    }
}
