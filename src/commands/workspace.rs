//! The workspace: the nearest directory upward holding `.grind/` (else the current one), where
//! `grind start` writes `NAME.py` (`NAME.txt` for a prediction: the snippet as a comment block,
//! then the answer; `NAME.sql` for a query) and `./.grind/` keeps the progress store
//! (`Context::store`).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use crate::catalog::{Exercise, Kind};
use crate::context::Context;
use crate::progress::Progress;
use crate::report;

/// Where the user's work for an exercise lives in the workspace.
pub fn work_file(ex: &Exercise) -> PathBuf {
    let name = format!("{}.{}", ex.name, ex.kind().extension());
    let file = in_workspace(&name);
    // A file of that name right here, when the workspace above has none, is the one meant.
    if !file.exists() && Path::new(&name).exists() {
        return PathBuf::from(name);
    }
    file
}

/// A path in the workspace (found upward from the current directory), as the user would
/// type it from here: `two-sum.py`, or `../two-sum.py` from a subfolder.
pub fn in_workspace(rel: &str) -> PathBuf {
    let root = crate::context::workspace_root();
    if root == Path::new(".") {
        PathBuf::from(rel)
    } else {
        root.join(rel)
    }
}

/// The line of a prediction file after which the prediction starts.
const ANSWER_MARK: &str = "# ---- your prediction below this line ----";

/// What a fresh work file holds: the starter, or for a prediction the snippet as a comment
/// block above an empty answer area (so the snippet stays in view in an editor).
pub fn fresh_content(ex: &Exercise) -> Vec<u8> {
    if ex.kind() == Kind::Predict {
        let snippet = ex.starter().unwrap_or_default();
        prediction_file(&String::from_utf8_lossy(&snippet)).into_bytes()
    } else {
        ex.starter().unwrap_or_default()
    }
}

/// A prediction file: the snippet and the answer rules as `#` lines, then the mark.
pub fn prediction_file(snippet: &str) -> String {
    let mut text = String::from(
        "# What does this program print? Write its exact output under the last line of this\n\
         # block (grind ignores the block). If it ends with an uncaught exception, write what it\n\
         # printed before, then only the traceback's last line (like `KeyError: 'k'`).\n\
         # Trailing spaces and blank lines are ignored.\n#\n",
    );
    for line in snippet.trim_end().lines() {
        text.push_str(format!("#     {line}").trim_end());
        text.push('\n');
    }
    text.push_str("#\n");
    text.push_str(ANSWER_MARK);
    text.push('\n');
    text
}

/// The prediction in a prediction file: what follows the mark line, or the whole file when
/// it has no mark (a file written by hand).
pub fn prediction(file: &[u8]) -> &[u8] {
    let mut at = 0;
    for line in file.split_inclusive(|&b| b == b'\n') {
        at += line.len();
        if line.trim_ascii_end() == ANSWER_MARK.as_bytes() {
            return &file[at..];
        }
    }
    file
}

/// Keeps a copy of the user's `file` in `.grind/backups/` before it is overwritten: never
/// over an earlier backup (a second one in the same second gets `-2`, `-3`, ...), and none
/// when the file holds only the fresh starter or is missing.
pub fn backup(ex: &Exercise, file: &Path, now: u64) -> Result<Option<PathBuf>> {
    let Ok(content) = std::fs::read(file) else {
        return Ok(None);
    };
    if content == fresh_content(ex) {
        return Ok(None);
    }
    let dir = in_workspace(".grind").join("backups");
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("failed to create `{}`", dir.display()))?;
    let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("py");
    for n in 1.. {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!("-{n}")
        };
        let path = dir.join(format!("{}-{now}{suffix}.{ext}", ex.name));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut f) => {
                f.write_all(&content)
                    .with_context(|| format!("failed to write `{}`", path.display()))?;
                return Ok(Some(path));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => {
                return Err(e).with_context(|| format!("failed to back up `{}`", file.display()));
            }
        }
    }
    unreachable!("some backup name is free")
}

/// A new try at an exercise (`start`, `start --force`, `reset`): the clock restarts, and the
/// hints and a give-up start over; the attempts stay in the history.
pub fn new_try(p: &mut Progress, name: &str, now: u64) {
    let st = p.state(name);
    st.started_at = Some(now);
    st.hints_used = 0;
    st.gave_up_at = None;
    st.last_checked = None;
}

/// Starts a new try with a fresh file (`start`, `start --force`, `reset`): the user's file, if
/// any, is kept in `.grind/backups/` first (and said so on `out`), then the starter is written
/// and the store records the new try.
pub fn fresh_start(ctx: &Context, ex: &Exercise, file: &Path, out: &mut dyn Write) -> Result<()> {
    let now = ctx.clock().now();
    if let Some(kept) = backup(ex, file, now)? {
        report::practice::kept(out, &kept, ctx.style)?;
    }
    std::fs::write(file, fresh_content(ex))
        .with_context(|| format!("failed to write `{}`", file.display()))?;
    let ((), warnings) = ctx.store().update(|p| {
        p.current = Some(ex.name.clone());
        new_try(p, &ex.name, now);
        Ok::<_, anyhow::Error>(())
    })?;
    warn(ctx, &warnings);
    Ok(())
}

/// Prints store warnings (a corrupt store moved aside) on stderr.
pub fn warn(ctx: &Context, warnings: &[String]) {
    let _ = report::warn(&mut std::io::stderr().lock(), ctx.style, warnings);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_block_is_stripped_before_judging() {
        let file = prediction_file("print(1)\n\nprint(2)  \n");
        assert!(
            file.contains("#     print(1)\n#\n#     print(2)\n"),
            "{file}"
        );
        assert_eq!(prediction(file.as_bytes()), b"");
        let answered = format!("{file}1\n# not a comment here\n");
        assert_eq!(
            prediction(answered.as_bytes()),
            b"1\n# not a comment here\n"
        );
        assert_eq!(prediction(b"1\n2\n"), b"1\n2\n", "no mark: the whole file");
    }
}
