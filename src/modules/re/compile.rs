//! The parsed tree to a flat program for the backtracking matcher.

use super::class::{fold, Class};
use super::parse::{width, Anchor, Fold, Node, ReError, RepKind};

/// Something that matches exactly one character.
#[derive(Clone, Copy, Debug)]
pub enum Item {
    Char(u32),
    /// A character compared after folding (the operand is already folded).
    CharFold(u32, Fold),
    Any,
    AnyButNl,
    Class(u32),
}

#[derive(Clone, Copy, Debug)]
pub enum Inst {
    One(Item),
    /// A repeat of one character: no per-character backtrack entries.
    Repeat { item: Item, min: u32, max: u32, kind: RepKind },
    Assert(Anchor),
    Save(u32),
    /// Try `pc + 1` first, then `alt`.
    Split(u32),
    Jmp(u32),
    /// Reset the counter registers `reg` (count) and `reg + 1` (position of the last iteration).
    RepInit(u32),
    /// The head of a general repeat; the body starts at the next instruction and jumps back here.
    RepLoop { reg: u32, min: u32, max: u32, greedy: bool, exit: u32 },
    Backref { group: u32, fold: Fold },
    /// The body starts at the next instruction and ends with SubMatch; continue at `next`.
    Look { behind: bool, neg: bool, width: u32, next: u32 },
    Atomic { next: u32 },
    Cond { group: u32, no: u32 },
    SubMatch,
    Match,
}

pub struct Program {
    pub insts: Vec<Inst>,
    pub classes: Vec<Class>,
    pub groups: usize,
    pub nregs: usize,
    /// Literal characters every match starts with (case-sensitive), for the search scan.
    pub prefix: Vec<u32>,
    /// The match can only start at the beginning of the subject.
    pub anchored: bool,
    pub names: Vec<(String, usize)>,
    /// The pattern's flags after inline flags and defaults.
    pub flags: u32,
    pub bytes: bool,
}

struct Compiler {
    insts: Vec<Inst>,
    classes: Vec<Class>,
    nregs: u32,
}

pub fn compile(node: &Node, groups: usize) -> Result<Program, ReError> {
    let mut c = Compiler { insts: Vec::new(), classes: Vec::new(), nregs: 0 };
    c.emit_node(node)?;
    c.insts.push(Inst::Match);
    let mut prefix = Vec::new();
    literal_prefix(node, &mut prefix);
    let anchored = starts_anchored(node);
    Ok(Program { insts: c.insts, classes: c.classes, groups, nregs: c.nregs as usize, prefix, anchored, names: Vec::new(), flags: 0, bytes: false })
}

/// Collect the leading case-sensitive literals; false once something else is met.
fn literal_prefix(node: &Node, out: &mut Vec<u32>) -> bool {
    match node {
        Node::Char { c, fold: Fold::None } => {
            out.push(*c);
            true
        }
        Node::Concat(v) => {
            for n in v {
                if !literal_prefix(n, out) {
                    return false;
                }
            }
            true
        }
        Node::Group(_, b) => literal_prefix(b, out),
        _ => false,
    }
}

fn starts_anchored(node: &Node) -> bool {
    match node {
        Node::Assert(Anchor::Start) => true,
        Node::Concat(v) => v.first().is_some_and(starts_anchored),
        Node::Group(_, b) | Node::Atomic(b) => starts_anchored(b),
        _ => false,
    }
}

impl Compiler {
    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }

    fn item(&mut self, node: &Node) -> Option<Item> {
        Some(match node {
            Node::Char { c, fold: f } => match f {
                Fold::None => Item::Char(*c),
                _ => {
                    let folded = fold(*c, *f);
                    if folded == *c && fold_is_identity(*c, *f) { Item::Char(*c) } else { Item::CharFold(folded, *f) }
                }
            },
            Node::Any { dotall: true } => Item::Any,
            Node::Any { dotall: false } => Item::AnyButNl,
            Node::Class { set, fold, ascii } => {
                let idx = self.classes.len() as u32;
                self.classes.push(Class::new(set, *fold, *ascii));
                Item::Class(idx)
            }
            _ => return None,
        })
    }

    fn emit_node(&mut self, node: &Node) -> Result<(), ReError> {
        if let Some(item) = self.item(node) {
            self.insts.push(Inst::One(item));
            return Ok(());
        }
        match node {
            Node::Empty => {}
            Node::Assert(a) => self.insts.push(Inst::Assert(*a)),
            Node::Group(g, body) => {
                self.insts.push(Inst::Save((*g * 2) as u32));
                self.emit_node(body)?;
                self.insts.push(Inst::Save((*g * 2 + 1) as u32));
            }
            Node::Concat(v) => {
                for n in v {
                    self.emit_node(n)?;
                }
            }
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (k, n) in v.iter().enumerate() {
                    if k + 1 < v.len() {
                        let split = self.pc();
                        self.insts.push(Inst::Split(0));
                        self.emit_node(n)?;
                        jumps.push(self.pc());
                        self.insts.push(Inst::Jmp(0));
                        let here = self.pc();
                        self.insts[split as usize] = Inst::Split(here);
                    } else {
                        self.emit_node(n)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j as usize] = Inst::Jmp(end);
                }
            }
            Node::Repeat { node: body, min, max, kind } => self.emit_repeat(body, *min, *max, *kind)?,
            Node::Backref { group, fold } => self.insts.push(Inst::Backref { group: *group as u32, fold: *fold }),
            Node::Look { behind, neg, node: body } => {
                let w = if *behind {
                    let (lo, hi) = width(body);
                    if hi != Some(lo) || lo > u32::MAX as u64 {
                        return Err(ReError { msg: "look-behind requires fixed-width pattern".into(), pos: None });
                    }
                    lo as u32
                } else {
                    0
                };
                let at = self.pc();
                self.insts.push(Inst::Look { behind: *behind, neg: *neg, width: w, next: 0 });
                self.emit_node(body)?;
                self.insts.push(Inst::SubMatch);
                let next = self.pc();
                self.insts[at as usize] = Inst::Look { behind: *behind, neg: *neg, width: w, next };
            }
            Node::Atomic(body) => self.emit_atomic(body)?,
            Node::Cond { group, yes, no } => {
                let at = self.pc();
                self.insts.push(Inst::Cond { group: *group as u32, no: 0 });
                self.emit_node(yes)?;
                let j = self.pc();
                self.insts.push(Inst::Jmp(0));
                let no_pc = self.pc();
                self.emit_node(no)?;
                let end = self.pc();
                self.insts[at as usize] = Inst::Cond { group: *group as u32, no: no_pc };
                self.insts[j as usize] = Inst::Jmp(end);
            }
            Node::Char { .. } | Node::Any { .. } | Node::Class { .. } => {}
        }
        Ok(())
    }

    fn emit_atomic(&mut self, body: &Node) -> Result<(), ReError> {
        let at = self.pc();
        self.insts.push(Inst::Atomic { next: 0 });
        self.emit_node(body)?;
        self.insts.push(Inst::SubMatch);
        let next = self.pc();
        self.insts[at as usize] = Inst::Atomic { next };
        Ok(())
    }

    fn emit_repeat(&mut self, body: &Node, min: u32, max: u32, kind: RepKind) -> Result<(), ReError> {
        if let Some(item) = self.item(body) {
            self.insts.push(Inst::Repeat { item, min, max, kind });
            return Ok(());
        }
        if kind == RepKind::Possessive {
            let inner = Node::Repeat { node: Box::new(body.clone()), min, max, kind: RepKind::Greedy };
            return self.emit_atomic(&inner);
        }
        if max == 0 {
            return Ok(());
        }
        let reg = self.nregs;
        self.nregs += 2;
        self.insts.push(Inst::RepInit(reg));
        let head = self.pc();
        self.insts.push(Inst::RepLoop { reg, min, max, greedy: kind == RepKind::Greedy, exit: 0 });
        self.emit_node(body)?;
        self.insts.push(Inst::Jmp(head));
        let exit = self.pc();
        self.insts[head as usize] = Inst::RepLoop { reg, min, max, greedy: kind == RepKind::Greedy, exit };
        Ok(())
    }
}

/// True when no other character folds to `c` (so an exact comparison is enough).
fn fold_is_identity(c: u32, f: Fold) -> bool {
    match char::from_u32(c) {
        Some(ch) if c < 128 => !ch.is_ascii_alphabetic(),
        Some(ch) => f == Fold::Ascii || (!ch.is_alphabetic() && ch.to_uppercase().eq(std::iter::once(ch))),
        None => true,
    }
}
