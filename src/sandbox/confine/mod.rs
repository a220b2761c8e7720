//! Confinement layers.

mod policy;

pub use policy::*;
