//! The `grind` binary: parse arguments, run, print the error chain, exit with its code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // `grind` doubles as the small keeper process that supervises each run (see
    // `sandbox::keeper`); that mode is internal and bypasses argument parsing.
    let mut args = std::env::args();
    if args.nth(1).as_deref() == Some(grind::keeper::KEEPER_ARG) {
        return grind::keeper::main(&args.next().unwrap_or_default());
    }
    grind::tune_allocator();
    let cli = grind::cli::Cli::parse();
    match grind::run(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if let Some(message) = err.message() {
                eprintln!("error: {message}");
            }
            ExitCode::from(err.code())
        }
    }
}
