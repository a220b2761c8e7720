//! `grind show NAME`: an exercise's statement and settings.

use std::io::Write;

use anyhow::Result;

use crate::catalog::Kind;
use crate::context::Context;
use crate::exit::OK;
use crate::judge::calibrate;
use crate::report::exercise;

pub fn run(ctx: &Context, name: &str, out: &mut dyn Write) -> Result<u8> {
    let mut ex = ctx.exercise(name, None)?;
    // A relative time limit is shown as measured on this machine (measured now if needed).
    let mut measured = None;
    if ex.calibration.is_some() && ctx.python().is_ok() {
        let judge = ctx.judge(&ex, ctx.options())?;
        // The cache answers without reading test data; only a miss loads and runs the tests.
        measured = calibrate::cached(&judge, &mut ex, ctx.cache_dir());
        if measured.is_none() {
            let tests = ex.tests()?;
            measured = calibrate::calibrate(&judge, &mut ex, &tests, ctx.cache_dir())?;
        }
    }
    exercise::show(out, &ex, measured.as_ref(), ctx.style)?;
    if matches!(ex.kind(), Kind::Module | Kind::Sql) {
        exercise::samples(out, &ex, &ex.tests()?, ctx.style)?;
    }
    Ok(OK)
}
