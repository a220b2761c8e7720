//! End-to-end tests of the `grind` binary over small fixture exercises (`tests/fixtures`),
//! one module per area, in one test binary (as just does). The hostile battery is a binary of
//! its own (`tests/hostile.rs`), with its own harness.

mod cli;
mod common;
mod interpreter;
mod kattis;
mod kinds;
mod layering;
mod policy;
mod practice;
mod practice_loop;
mod terminal;
mod verdicts;
mod verify;
mod watch;
