//! The `grind` binary: parse arguments, run, print the error chain, exit with its code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // `grind` doubles as the small keeper process that supervises each run (see
    // `sandbox::keeper`); that mode is internal and bypasses argument parsing.
    let mut args = std::env::args();
    if args.nth(1).as_deref() == Some(grind::sandbox::keeper::KEEPER_ARG) {
        grind::sandbox::keeper::main(&args.next().unwrap_or_default());
    }
    let cli = grind::cli::Cli::parse();
    match grind::run(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {}", grind::report::error_chain(&err));
            ExitCode::from(grind::exit_code_for(&err))
        }
    }
}

/// Whether the error is only that our reader went away (`grind list | head`).
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}
