//! `grind reset NAME`: restore the starter, keeping the user's file in `.grind/backups/`.

use std::io::Write;

use anyhow::{Context as _, Result};

use super::workspace::{self, work_file};
use crate::context::Context;
use crate::exit::OK;
use crate::report::practice;

pub fn run(ctx: &Context, name: &str, out: &mut dyn Write) -> Result<u8> {
    let ex = ctx.exercise(name, None)?;
    let file = work_file(&ex);
    if file.exists() {
        let dir = std::path::Path::new(".grind").join("backups");
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("failed to create `{}`", dir.display()))?;
        let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("py");
        let backup = dir.join(format!("{}-{}.{ext}", ex.name, ctx.clock().now()));
        std::fs::copy(&file, &backup)
            .with_context(|| format!("failed to back up `{}`", file.display()))?;
        practice::kept(out, &backup, ctx.style)?;
    }
    std::fs::write(&file, workspace::fresh_content(&ex))
        .with_context(|| format!("failed to write `{}`", file.display()))?;
    practice::restored(out, &file, ctx.style)?;
    Ok(OK)
}
