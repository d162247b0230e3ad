//! Frames: one activation of a code object, in one allocation that never moves: a small
//! header followed by its slots (CPython's `localsplus`): locals, then cells, then the value
//! stack, sized exactly from the code object. A suspended generator owns its frame, so its
//! whole state is this one block.

use std::alloc::{Layout, alloc, dealloc, handle_alloc_error};
use std::ptr::NonNull;
use std::rc::Rc;

use crate::objects::heap::ObjRef;
use crate::objects::payload::CodeRt;
use crate::objects::value::Value;

// A small generator's frame (two locals, two stack slots) must stay within a 128-byte
// malloc chunk: the header is at most 56 bytes.
const _: () = assert!(std::mem::size_of::<Frame>() <= 56);
const _: () = assert!(std::mem::align_of::<Frame>() >= std::mem::align_of::<Option<Value>>());
const _: () = assert!(std::mem::size_of::<Frame>() % std::mem::align_of::<Option<Value>>() == 0);

/// How a frame's result reaches whoever started it.
pub enum Resume {
    /// An ordinary call from the eval loop: push the return value on the caller's stack.
    Call,
    /// The bottom frame of a native entry into the loop: return the value to Rust.
    Native,
    /// A generator resumed by FOR_ITER in the caller (the loop's exit is that instruction's arg).
    GenForIter { gn: ObjRef },
    /// A generator resumed by SEND in the caller.
    GenSend { gn: ObjRef },
    /// A generator resumed natively (next(), send()): yield returns to Rust.
    GenNative { gn: ObjRef },
}

const K_CALL: u8 = 0;
const K_NATIVE: u8 = 1;
const K_FOR_ITER: u8 = 2;
const K_SEND: u8 = 3;
const K_GEN_NATIVE: u8 = 4;
const NO_KW: u32 = u32::MAX;

/// The header; `nslots` values of `Option<Value>` follow it in the same allocation.
#[repr(C)]
pub struct Frame {
    pub code: Rc<CodeRt>,
    pub globals: ObjRef,
    /// The name namespace (LOAD_NAME) of module and class bodies when `kind` is Call or
    /// Native, the running generator when it is one of the generator kinds: a generator's
    /// frame never has a namespace, so the two share a word.
    link: Option<ObjRef>,
    /// Index of the next instruction.
    pub pc: u32,
    /// Index of the instruction being executed (tracebacks, exception table).
    pub lasti: u32,
    /// Slots in use: locals and cells always, then the stack up to here.
    sp: u32,
    nslots: u32,
    nlocals: u32,
    /// First stack slot (locals ++ cells come before it).
    stack_base: u32,
    /// KW_NAMES: the index in `code.consts` of the keyword names of the next CALL.
    kw: u32,
    kind: u8,
}

/// The owner of a frame allocation.
pub struct FrameBox(NonNull<Frame>);

/// (nlocals, first stack slot, slots) of a frame for `code`.
#[inline]
fn shape(code: &CodeRt) -> (u32, u32, u32) {
    let co = &code.code;
    let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX / 4);
    let nlocals = clamp(co.varnames.len());
    let stack_base = nlocals.saturating_add(clamp(co.cellvars.len() + co.freevars.len()));
    (nlocals, stack_base, stack_base.saturating_add(co.stacksize))
}

fn layout(nslots: usize) -> Layout {
    let bytes = std::mem::size_of::<Option<Value>>()
        .checked_mul(nslots)
        .and_then(|s| s.checked_add(std::mem::size_of::<Frame>()));
    match bytes.and_then(|b| Layout::from_size_align(b, std::mem::align_of::<Frame>()).ok()) {
        Some(l) => l,
        // Only a code object claiming more than the address space gets here.
        None => handle_alloc_error(Layout::new::<Frame>()),
    }
}

impl Frame {
    /// A frame for `code` with unbound locals, the given cells (missing ones stay empty) and
    /// an empty stack.
    pub fn new(code: Rc<CodeRt>, globals: ObjRef, ns: Option<ObjRef>, cells: impl IntoIterator<Item = ObjRef>) -> FrameBox {
        let (nlocals, stack_base, nslots) = shape(&code);
        let header = Frame {
            globals,
            link: ns,
            pc: 0,
            lasti: 0,
            sp: 0,
            nslots,
            nlocals,
            stack_base,
            kw: NO_KW,
            kind: K_NATIVE,
            code,
        };
        let lay = layout(nslots as usize);
        // SAFETY: `lay` has a non-zero size (the header), so `alloc` may be called; the
        // header is written before any reference to it exists, with `sp` = 0 (no slot
        // initialised yet), which `init_slots` then establishes the invariant from.
        let mut fb = unsafe {
            let p = alloc(lay) as *mut Frame;
            let Some(p) = NonNull::new(p) else { handle_alloc_error(lay) };
            p.as_ptr().write(header);
            FrameBox(p)
        };
        fb.init_slots(cells);
        fb
    }

    /// With `sp` = 0: bind every local to nothing, fill the cells, empty the stack.
    #[inline]
    fn init_slots(&mut self, cells: impl IntoIterator<Item = ObjRef>) {
        let (nlocals, stack_base) = (self.nlocals as usize, self.stack_base as usize);
        let base = self.slots_ptr();
        let mut cells = cells.into_iter();
        // SAFETY: slots [0, stack_base) lie within the allocation (stack_base <= nslots)
        // and are uninitialised (sp = 0); each is written once, then `sp` covers them.
        unsafe {
            for i in 0..nlocals {
                base.add(i).write(None);
            }
            for i in nlocals..stack_base {
                base.add(i).write(cells.next().map(Value::Obj));
            }
        }
        self.sp = self.stack_base;
    }

    // Invariant of every frame: slots [0, sp) are initialised, [sp, nslots) are not, and
    // stack_base <= sp <= nslots, nlocals <= stack_base. Only the methods below change
    // `sp`, and each keeps that.
    #[inline]
    fn slots_ptr(&mut self) -> *mut Option<Value> {
        // SAFETY: the slots start right after the header in the same allocation (`layout`).
        unsafe { (self as *mut Frame).add(1) as *mut Option<Value> }
    }

    #[inline]
    fn slots_const(&self) -> *const Option<Value> {
        // SAFETY: as `slots_ptr`.
        unsafe { (self as *const Frame).add(1) as *const Option<Value> }
    }

    /// The initialised slots: locals ++ cells ++ stack.
    #[inline]
    fn live(&self) -> &[Option<Value>] {
        // SAFETY: slots [0, sp) are initialised (the invariant above).
        unsafe { std::slice::from_raw_parts(self.slots_const(), self.sp as usize) }
    }

    #[inline]
    fn live_mut(&mut self) -> &mut [Option<Value>] {
        let n = self.sp as usize;
        // SAFETY: as `live`; `&mut self` makes the borrow unique.
        unsafe { std::slice::from_raw_parts_mut(self.slots_ptr(), n) }
    }

    #[inline]
    pub fn locals(&self) -> &[Option<Value>] {
        let n = self.nlocals as usize;
        self.live().get(..n).unwrap_or(&[])
    }

    #[inline]
    pub fn locals_mut(&mut self) -> &mut [Option<Value>] {
        let n = self.nlocals as usize;
        self.live_mut().get_mut(..n).unwrap_or(&mut [])
    }

    /// Local `i` when it is bound (LOAD_FAST).
    #[inline(always)]
    pub fn local(&self, i: usize) -> Option<&Value> {
        if i < self.nlocals as usize {
            // SAFETY: i < nlocals <= stack_base <= sp, so slot i is initialised.
            unsafe { (*self.slots_const().add(i)).as_ref() }
        } else {
            None
        }
    }

    /// STORE_FAST: pop the top of the stack into local `i`; the old value is returned for
    /// the caller to drop.
    #[inline(always)]
    pub fn pop_to_local(&mut self, i: usize) -> Option<Value> {
        let v = self.pop().flatten();
        if i < self.nlocals as usize {
            // SAFETY: as `local`; the slot stays initialised (one value replaces another).
            unsafe { std::mem::replace(&mut *self.slots_ptr().add(i), v) }
        } else {
            v
        }
    }

    /// Cell `i` (cellvars ++ freevars).
    #[inline]
    pub fn cell(&self, i: usize) -> Option<&ObjRef> {
        let (lo, hi) = (self.nlocals as usize, self.stack_base as usize);
        match self.live().get(lo..hi).and_then(|c| c.get(i)) {
            Some(Some(Value::Obj(o))) => Some(o),
            _ => None,
        }
    }

    pub fn cells(&self) -> impl Iterator<Item = &ObjRef> {
        let (lo, hi) = (self.nlocals as usize, self.stack_base as usize);
        self.live().get(lo..hi).unwrap_or(&[]).iter().filter_map(|c| match c {
            Some(Value::Obj(o)) => Some(o),
            _ => None,
        })
    }

    #[inline]
    pub fn stack(&self) -> &[Option<Value>] {
        let b = self.stack_base as usize;
        self.live().get(b..).unwrap_or(&[])
    }

    #[inline]
    pub fn stack_mut(&mut self) -> &mut [Option<Value>] {
        let b = self.stack_base as usize;
        self.live_mut().get_mut(b..).unwrap_or(&mut [])
    }

    #[inline]
    pub fn stack_len(&self) -> usize {
        (self.sp - self.stack_base) as usize
    }

    /// Push onto the value stack. The compiler sizes the stack exactly; a code object that
    /// lies about its stack size (`code.replace`) loses the values that do not fit instead
    /// of corrupting memory.
    #[inline(always)]
    pub fn push(&mut self, v: Option<Value>) {
        if self.sp < self.nslots {
            // SAFETY: slot `sp` is within the allocation and uninitialised; it becomes
            // initialised as `sp` moves past it.
            unsafe { self.slots_ptr().add(self.sp as usize).write(v) };
            self.sp += 1;
        }
    }

    /// Pop the top of the value stack (None when it is empty).
    #[inline(always)]
    pub fn pop(&mut self) -> Option<Option<Value>> {
        if self.sp > self.stack_base {
            self.sp -= 1;
            // SAFETY: slot `sp` was initialised; moving `sp` below it first makes it
            // uninitialised again, so the value is read out exactly once.
            Some(unsafe { self.slots_ptr().add(self.sp as usize).read() })
        } else {
            None
        }
    }

    #[inline]
    pub fn last(&self) -> Option<&Option<Value>> {
        self.stack().last()
    }

    /// Cut the stack to `len` values, dropping the rest.
    pub fn truncate(&mut self, len: usize) {
        while self.stack_len() > len {
            drop(self.pop());
        }
    }

    /// The top `n` stack values, bottom first, taken off the stack (None if fewer).
    pub fn take_top(&mut self, n: usize) -> Option<Vec<Value>> {
        let len = self.stack_len();
        if n > len {
            return None;
        }
        let mut out = Vec::with_capacity(n);
        out.extend(self.stack_mut()[len - n..].iter_mut().map(|v| v.take().unwrap_or(Value::None)));
        self.truncate(len - n);
        Some(out)
    }

    /// Move the top `n` stack values into `callee`'s first `n` locals (a call's arguments).
    #[inline]
    pub fn move_args(&mut self, n: usize, callee: &mut Frame) {
        let len = self.stack_len();
        let n = n.min(len);
        let src = &mut self.stack_mut()[len - n..];
        for (dst, v) in callee.locals_mut().iter_mut().zip(src.iter_mut()) {
            *dst = v.take();
        }
        self.truncate(len - n);
    }

    pub fn extend(&mut self, items: impl IntoIterator<Item = Option<Value>>) {
        for v in items {
            self.push(v);
        }
    }

    /// Every value the frame holds (stack, locals, cells), for the collector.
    pub fn values(&self) -> &[Option<Value>] {
        self.live()
    }

    /// Clear the slots for the collector (locals and stack dropped, cells dropped).
    pub fn clear_values(&mut self) -> Vec<Value> {
        let b = self.stack_base as usize;
        let mut out: Vec<Value> = Vec::new();
        while self.sp as usize > b {
            if let Some(Some(v)) = self.pop() {
                out.push(v);
            }
        }
        out.extend(self.live_mut().iter_mut().filter_map(|v| v.take()));
        out
    }

    pub fn set_kw_names(&mut self, i: u32) {
        self.kw = i;
    }

    pub fn take_kw_names(&mut self) -> Option<u32> {
        let k = std::mem::replace(&mut self.kw, NO_KW);
        (k != NO_KW).then_some(k)
    }

    #[inline]
    pub fn has_kw_names(&self) -> bool {
        self.kw != NO_KW
    }

    /// The namespace of module and class bodies (LOAD_NAME / STORE_NAME).
    #[inline]
    pub fn ns(&self) -> Option<&ObjRef> {
        if self.kind <= K_NATIVE { self.link.as_ref() } else { None }
    }

    pub fn set_ns(&mut self, ns: Option<ObjRef>) {
        if self.kind <= K_NATIVE {
            self.link = ns;
        }
    }

    /// The builtins every frame sees: the interpreter's (module frames before `builtins`
    /// exists fall back to their globals).
    #[inline]
    pub fn builtins(&self) -> &ObjRef {
        crate::vm::gil::interp().builtins.dict.as_ref().unwrap_or(&self.globals)
    }

    /// The generator this frame is running for, if any.
    #[inline]
    pub fn generator(&self) -> Option<&ObjRef> {
        if self.kind > K_NATIVE { self.link.as_ref() } else { None }
    }

    /// Resumed by SEND: counts in the delegation depth.
    #[inline]
    pub fn is_deleg(&self) -> bool {
        self.kind == K_SEND
    }

    pub fn set_resume(&mut self, r: Resume) {
        let (kind, gn) = match r {
            Resume::Call => (K_CALL, None),
            Resume::Native => (K_NATIVE, None),
            Resume::GenForIter { gn } => (K_FOR_ITER, Some(gn)),
            Resume::GenSend { gn } => (K_SEND, Some(gn)),
            Resume::GenNative { gn } => (K_GEN_NATIVE, Some(gn)),
        };
        if gn.is_some() || self.kind > K_NATIVE {
            self.link = gn;
        }
        self.kind = kind;
    }

    /// How this frame's result is delivered; the frame is left as a plain call.
    pub fn take_resume(&mut self) -> Resume {
        let kind = std::mem::replace(&mut self.kind, K_CALL);
        if kind <= K_NATIVE {
            return if kind == K_NATIVE { Resume::Native } else { Resume::Call };
        }
        match self.link.take() {
            Some(gn) if kind == K_FOR_ITER => Resume::GenForIter { gn },
            Some(gn) if kind == K_SEND => Resume::GenSend { gn },
            Some(gn) => Resume::GenNative { gn },
            None => Resume::Call,
        }
    }

    pub fn line(&self) -> u32 {
        self.code.code.line_of(self.lasti as usize)
    }
}

impl FrameBox {
    #[inline]
    fn frame_mut(&mut self) -> &mut Frame {
        // SAFETY: the pointer is the live allocation this box owns; `&mut self` is unique.
        unsafe { self.0.as_mut() }
    }
}

impl std::ops::Deref for FrameBox {
    type Target = Frame;
    #[inline]
    fn deref(&self) -> &Frame {
        // SAFETY: the pointer is the live allocation this box owns.
        unsafe { self.0.as_ref() }
    }
}

impl std::ops::DerefMut for FrameBox {
    #[inline]
    fn deref_mut(&mut self) -> &mut Frame {
        self.frame_mut()
    }
}

impl Drop for FrameBox {
    fn drop(&mut self) {
        let nslots = self.nslots as usize;
        // Values may run `__del__`, which never sees this frame (it is owned here).
        let f = self.frame_mut();
        let live = f.live_mut() as *mut [Option<Value>];
        f.sp = 0;
        // SAFETY: `live` covered exactly the initialised slots; with `sp` at 0 nothing
        // reads them again. Then the header is dropped once and the block freed with the
        // layout it was allocated with (`nslots` never changes).
        unsafe {
            std::ptr::drop_in_place(live);
            std::ptr::drop_in_place(self.0.as_ptr());
            dealloc(self.0.as_ptr() as *mut u8, layout(nslots));
        }
    }
}

/// Blocks of returned frames kept per thread for the next call of the same shape, so a
/// Python call seldom reaches malloc. A kept frame holds nothing but its code and globals
/// (as the frame that just returned did); its slots are all uninitialised (`sp` = 0).
#[derive(Default)]
pub struct FramePool {
    by_slots: Vec<Vec<FrameBox>>,
}

/// Frames of at most this many slots are pooled, at most `POOL_DEPTH` of each size.
const POOL_SLOTS: usize = 32;
const POOL_DEPTH: usize = 16;

impl FramePool {
    /// A frame for a call (`Resume::Call`), from the pool when one of its size is there.
    #[inline]
    pub fn frame(&mut self, code: Rc<CodeRt>, globals: ObjRef, cells: impl IntoIterator<Item = ObjRef>) -> FrameBox {
        let (nlocals, stack_base, nslots) = shape(&code);
        let kept = self.by_slots.get_mut(nslots as usize).and_then(|v| v.pop());
        match kept {
            Some(mut fb) => {
                let f = fb.frame_mut();
                // Same slot count, so the block's layout is unchanged.
                f.code = code;
                f.globals = globals;
                f.nlocals = nlocals;
                f.stack_base = stack_base;
                f.pc = 0;
                f.lasti = 0;
                f.init_slots(cells);
                fb
            }
            None => {
                let mut fb = Frame::new(code, globals, None, cells);
                fb.kind = K_CALL;
                fb
            }
        }
    }

    /// Keep a frame that returned (or drop it): its values are dropped either way.
    pub fn put(&mut self, mut fb: FrameBox) {
        let n = fb.nslots as usize;
        if n >= POOL_SLOTS || fb.link.is_some() {
            return;
        }
        {
            let f = fb.frame_mut();
            let live = f.live_mut() as *mut [Option<Value>];
            f.sp = 0;
            f.kw = NO_KW;
            f.kind = K_CALL;
            // SAFETY: `live` covered exactly the initialised slots; `sp` = 0 now marks
            // them uninitialised, so they are dropped exactly once.
            unsafe { std::ptr::drop_in_place(live) };
        }
        if self.by_slots.len() <= n {
            self.by_slots.resize_with(POOL_SLOTS, Vec::new);
        }
        if let Some(v) = self.by_slots.get_mut(n) {
            if v.len() < POOL_DEPTH {
                v.push(fb);
            }
        }
    }
}
