//! `grind list`: the exercises of the catalog, filterable.

use std::io::Write;

use anyhow::Result;

use crate::catalog::{Exercise, topics};
use crate::cli::ListArgs;
use crate::context::Context;
use crate::exit::OK;
use crate::progress::stats;
use crate::report::{json, list};

pub fn run(ctx: &Context, args: &ListArgs, out: &mut dyn Write) -> Result<u8> {
    let cat = ctx.catalog()?;
    let topic = Context::topic(args.topic.as_deref())?;
    let shown: Vec<_> = cat
        .exercises
        .iter()
        .filter(|e| args.kind.is_none_or(|k| e.kind() == k))
        .filter(|e| e.matches(args.difficulty, topic))
        .collect();
    if args.topics {
        let counts: Vec<(&str, &str, usize)> = topics::GROUPS
            .iter()
            .flat_map(|(group, ts)| ts.iter().map(move |t| (*group, *t)))
            .map(|(g, t)| {
                (
                    g,
                    t,
                    shown
                        .iter()
                        .filter(|e| e.topics.iter().any(|x| x == t))
                        .count(),
                )
            })
            .collect();
        if args.json {
            let v: Vec<_> = counts
                .iter()
                .map(|(g, t, n)| serde_json::json!({"topic": t, "group": g, "exercises": n}))
                .collect();
            json::write(out, &serde_json::Value::Array(v))?;
        } else {
            list::topics(out, &counts, ctx.style)?;
        }
        return Ok(OK);
    }
    // Each exercise's status in this workspace: solved, attempted, due for review, new.
    let progress = ctx.store().read().unwrap_or_default();
    let now = ctx.clock().now();
    let due: Vec<String> = stats::reviews(&progress, &cat.exercises, now)
        .into_iter()
        .map(|r| r.name)
        .collect();
    let status = |e: &Exercise| -> &'static str {
        if due.contains(&e.name) && stats::exercise(&progress, e).status == stats::Status::Solved {
            return "due";
        }
        match stats::exercise(&progress, e).status {
            stats::Status::Solved => "solved",
            stats::Status::GaveUp => "gave up",
            stats::Status::Attempted | stats::Status::Started => "attempted",
            stats::Status::New => "new",
        }
    };
    let rows: Vec<(&Exercise, &str)> = shown.iter().map(|e| (*e, status(e))).collect();
    if args.json {
        let list: Vec<_> = rows
            .iter()
            .map(|(e, st)| {
                let mut v = json::exercise(e);
                v["status"] = serde_json::json!(st);
                v
            })
            .collect();
        json::write(out, &serde_json::Value::Array(list))?;
    } else {
        list::text(out, &rows, &cat.errors, ctx.style)?;
    }
    Ok(OK)
}
