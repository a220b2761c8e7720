//! `grind list`: the exercises of the catalog, filterable.

use std::io::Write;

use anyhow::Result;

use crate::cli::ListArgs;
use crate::context::Context;
use crate::exit::{OK, usage};
use crate::report::json;

pub fn run(ctx: &Context, args: &ListArgs, out: &mut dyn Write) -> Result<u8> {
    if let Some(k) = &args.kind
        && !["stdio", "function", "predict"].contains(&k.as_str())
    {
        return usage(format!(
            "`--kind {k}`: use `stdio`, `function` or `predict`"
        ));
    }
    if let Some(d) = &args.difficulty
        && !["easy", "medium", "hard"].contains(&d.as_str())
    {
        return usage(format!(
            "`--difficulty {d}`: use `easy`, `medium` or `hard`"
        ));
    }
    let cat = ctx.catalog()?;
    let shown: Vec<_> = cat
        .exercises
        .iter()
        .filter(|e| args.kind.as_deref().is_none_or(|k| e.kind().as_str() == k))
        .filter(|e| e.matches(args.difficulty.as_deref(), args.topic.as_deref()))
        .collect();
    if args.json {
        let list: Vec<_> = shown.iter().map(|e| json::exercise(e)).collect();
        json::write(out, &serde_json::Value::Array(list))?;
        return Ok(OK);
    }
    let s = ctx.style;
    let width = shown.iter().map(|e| e.name.len()).max().unwrap_or(4);
    for e in &shown {
        let diff = e.difficulty.map_or("-", |d| d.as_str());
        writeln!(
            out,
            "{:<width$}  {:<8}  {:<6}  {}  {}",
            e.name,
            e.kind().as_str(),
            diff,
            e.title,
            s.dim(&e.topics.join(", "))
        )?;
    }
    for err in &cat.errors {
        writeln!(out, "{} {err}", s.red("error:"))?;
    }
    writeln!(out, "{}", s.dim(&format!("{} exercise(s)", shown.len())))?;
    Ok(OK)
}
