//! `grind doctor`: the interpreter in use, and which limits and protection layers this
//! machine enforces, as observed on a real (empty) run rather than assumed.

use std::io::Write;

use anyhow::Result;

use crate::context::Context;
use crate::exit::{OK, USAGE};
use crate::judge::{Judge, Options};
use crate::report::doctor::{self, Findings};
use crate::sandbox;

pub fn run(ctx: &Context, json_out: bool, out: &mut dyn Write) -> Result<u8> {
    let python = ctx.python();
    let options = Options {
        jobs: 1,
        ..ctx.options()
    };
    // The probe runs no exercise, so it hides no exercise directory.
    let layers = python.as_ref().ok().map(|&python| {
        let judge = Judge {
            python,
            options,
            hide: Vec::new(),
            snippet_output: None,
        };
        judge
            .probe_layers()
            .map_err(|e| format!("{:#}", anyhow::Error::from(e)))
    });
    let findings = Findings {
        python: python.as_ref().copied().map_err(|e| format!("{e:#}")),
        sandbox_enabled: options.sandbox,
        layers,
        features: sandbox::features(),
    };
    let code = if findings.python.is_ok() { OK } else { USAGE };
    if json_out {
        doctor::json(out, &findings)?;
        return Ok(code);
    }
    doctor::machine(out, &findings, ctx.style)?;
    doctor::catalog(out, &ctx.catalog()?, ctx.style)?;
    Ok(code)
}
