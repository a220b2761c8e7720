//! Judging: run a solution under limits (`crate::sandbox`), talk to the function harness
//! (`function`), compare outputs (`crate::checker`), and turn process outcomes into verdicts
//! (`crate::verdict`). The engine never prints; it returns values for `report` to render.

pub mod batch;
pub mod calibrate;
pub mod function;
pub mod runner;
