//! The virtual machine: interpreter state, frames and the evaluation loop.
