//! `grind start NAME`: write the starter into the workspace, start the attempt clock, show
//! the prompt and the file to edit.

use std::io::Write;

use anyhow::{Context as _, Result};

use super::workspace::{self, work_file};
use crate::cli::StartArgs;
use crate::context::Context;
use crate::exit::{OK, UsageError, usage};
use crate::report::practice;

pub fn run(ctx: &Context, args: &StartArgs, out: &mut dyn Write) -> Result<u8> {
    let ex = ctx.exercise(&args.name, None)?;
    let file = work_file(&ex);
    if file.exists() && !args.force {
        return usage(format!(
            "`{}` already exists: keep working on it, or `grind start {} --force` to start over (your file is kept in `.grind/backups/`)",
            file.display(),
            ex.name
        ));
    }
    // `--force` overwrites the file, but never loses it.
    workspace::fresh_start(ctx, &ex, &file, out)?;
    practice::started(out, &ex, &file, ctx.style)?;
    if args.edit {
        open_editor(ctx.editor(), &file)?;
    }
    Ok(OK)
}

fn open_editor(editor: Option<&str>, file: &std::path::Path) -> Result<()> {
    let editor = editor.ok_or_else(|| {
        UsageError("`--edit` needs `$VISUAL` or `$EDITOR` to name your editor".into())
    })?;
    let mut parts = editor.split_whitespace();
    let program = parts.next().unwrap_or("vi");
    let status = std::process::Command::new(program)
        .args(parts)
        .arg(file)
        .status()
        .with_context(|| format!("failed to start the editor `{editor}`"))?;
    if !status.success() {
        anyhow::bail!("the editor `{editor}` exited with {status}");
    }
    Ok(())
}
