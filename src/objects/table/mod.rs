//! See objects/mod.rs.
