//! `grind`: practise Python coding-interview exercises offline.
//!
//! Data flows one way: CLI arguments → a validated `Context` → the catalog →
//! the judge → the report → an exit code. Only `report` writes output.

mod catalog;
mod checker;
pub mod cli;
mod commands;
mod context;
mod exit;
mod judge;
mod limits;
mod pool;
mod progress;
mod python;
mod report;
mod sandbox;
mod verdict;

pub use exit::Error;
/// The keeper: `main` hands `grind __grind_keeper` over to it before parsing arguments.
pub use sandbox::keeper;
pub use sandbox::tune_allocator;

use cli::{Cli, Command};

/// Runs one command and returns the process exit code.
pub fn run(cli: &Cli) -> Result<u8, Error> {
    run_command(cli).map_err(exit::Error::from)
}

fn run_command(cli: &Cli) -> anyhow::Result<u8> {
    let ctx = context::Context::new(cli)?;
    let _cgroup = sandbox::cgroup::Guard::hold();
    sandbox::interrupt::install();
    let mut out = std::io::stdout().lock();
    match &cli.command {
        Command::List(args) => commands::list::run(&ctx, args, &mut out),
        Command::Show { name } => commands::show::run(&ctx, name, &mut out),
        Command::Start(args) => commands::start::run(&ctx, args, &mut out),
        Command::Check(args) => commands::check::run(&ctx, args, &mut out),
        Command::Predict(args) => commands::predict::run(&ctx, args, &mut out),
        Command::Run(args) => commands::run::run(&ctx, args, &mut out),
        Command::Hint { name } => commands::hint::run(&ctx, name.as_deref(), &mut out),
        Command::Solution { name, give_up } => {
            commands::solution::run(&ctx, name.as_deref(), *give_up, &mut out)
        }
        Command::Reset { name } => commands::reset::run(&ctx, name.as_deref(), &mut out),
        Command::Watch { name } => commands::watch::run(&ctx, name.as_deref(), &mut out),
        Command::Stats { json } => commands::stats::run(&ctx, *json, &mut out),
        Command::Next => commands::next::next(&ctx, &mut out),
        Command::Review => commands::next::review(&ctx, &mut out),
        Command::Mock(args) => commands::mock::run(&ctx, args, &mut out),
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(*shell, &mut cmd, "grind", &mut out);
            Ok(exit::OK)
        }
        Command::Verify(args) => commands::verify::run(&ctx, args, &mut out),
        Command::Doctor { json } => commands::doctor::run(&ctx, *json, &mut out),
    }
}
