//! One module per command. Each validates its arguments, calls the engine, and hands the
//! results to `report`.

pub mod check;
pub mod doctor;
pub mod list;
pub mod show;
pub mod verify;
