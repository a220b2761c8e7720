//! The `grind` binary: parse arguments, run, print the error chain, exit with its code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = grind::cli::Cli::parse();
    match grind::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("error: {}", grind::report::error_chain(&err));
            ExitCode::from(grind::exit_code_for(&err))
        }
    }
}
