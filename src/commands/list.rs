//! `grind list`: the exercises of the catalog, filterable.

use std::io::Write;

use anyhow::Result;

use crate::cli::ListArgs;
use crate::context::Context;
use crate::exit::OK;
use crate::report::{json, list};

pub fn run(ctx: &Context, args: &ListArgs, out: &mut dyn Write) -> Result<u8> {
    let cat = ctx.catalog()?;
    let shown: Vec<_> = cat
        .exercises
        .iter()
        .filter(|e| args.kind.is_none_or(|k| e.kind() == k))
        .filter(|e| e.matches(args.difficulty, args.topic.as_deref()))
        .collect();
    if args.json {
        let list: Vec<_> = shown.iter().map(|e| json::exercise(e)).collect();
        json::write(out, &serde_json::Value::Array(list))?;
    } else {
        list::text(out, &shown, &cat.errors, ctx.style)?;
    }
    Ok(OK)
}
