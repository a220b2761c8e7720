//! mise shims: always run once and cached, as mise's rule (TOML configuration with version
//! prefixes, environments, trust, idiomatic version files, tasks' tools) is too large to
//! reproduce exactly. What is reproduced is the list of files it reads, for the cache key
//! (mise's documentation, "Configuration" and "Idiomatic version files"):
//!
//! - in the working directory and every directory above it: `mise.toml`, `.mise.toml`,
//!   `mise.local.toml`, `.mise.local.toml`, `mise/config.toml`, `.mise/config.toml`,
//!   `.config/mise.toml`, `.config/mise/config.toml`, `.config/mise/mise.toml`, their
//!   `MISE_ENV` variants (`mise.<env>.toml`…), `.config/mise/conf.d/*.toml`, the legacy
//!   `.rtx.toml`, `.tool-versions` and `.python-version`;
//! - global: `$MISE_CONFIG_DIR` (else `$XDG_CONFIG_HOME/mise`, else `~/.config/mise`)
//!   `config.toml`, `config.local.toml`, `settings.toml`, `conf.d/`, `$MISE_GLOBAL_CONFIG_FILE`,
//!   `/etc/mise/config.toml`, `/etc/mise/conf.d/`, `~/.tool-versions`;
//! - state: the installs of `python` under `$MISE_DATA_DIR` (else `$XDG_DATA_HOME/mise`, else
//!   `~/.local/share/mise`) and the trusted configurations under `$MISE_STATE_DIR` (else
//!   `$XDG_STATE_HOME/mise`, else `~/.local/state/mise`).
//!
//! Every `MISE_*` variable is part of the key too ([`super::manager_vars`]).

use std::path::{Path, PathBuf};

use super::{Inputs, Lookup};

/// Whether `file` is a mise shim: a symbolic link to the `mise` (or `rtx`) binary, or any file
/// in a `mise/shims` directory.
pub(super) fn is_shim(file: &Path) -> bool {
    let to_mise = std::fs::read_link(file)
        .is_ok_and(|t| t.file_name().is_some_and(|n| n == "mise" || n == "rtx"));
    let in_shims = file.parent().is_some_and(|d| {
        d.file_name().is_some_and(|n| n == "shims")
            && d.parent()
                .and_then(Path::file_name)
                .is_some_and(|n| n == "mise" || n == "rtx")
    });
    to_mise || in_shims
}

/// A base directory: `$var`, else `$XDG/<sub>`, else `$HOME/<home>`, each with `mise`.
fn base(lookup: &Lookup, var: &str, xdg: &str, home: &str) -> Option<PathBuf> {
    lookup
        .var(var)
        .map(PathBuf::from)
        .or_else(|| lookup.var(xdg).map(|d| Path::new(d).join("mise")))
        .or_else(|| lookup.home.as_ref().map(|h| h.join(home).join("mise")))
}

/// Everything mise may read to choose, for the key of a cached shim run.
pub(super) fn inputs(shim: &Path, requested: &str, lookup: &Lookup) -> Inputs {
    let mut i = Inputs::new("mise", shim, requested, lookup);
    let mut names: Vec<String> = [
        "mise.toml",
        ".mise.toml",
        "mise.local.toml",
        ".mise.local.toml",
        "mise/config.toml",
        ".mise/config.toml",
        ".config/mise.toml",
        ".config/mise/config.toml",
        ".config/mise/mise.toml",
        ".config/mise/config.local.toml",
        ".rtx.toml",
        ".rtx.local.toml",
        ".tool-versions",
        ".python-version",
        ".python-versions",
    ]
    .iter()
    .map(|s| (*s).to_string())
    .collect();
    for env in lookup.var("MISE_ENV").unwrap_or_default().split(',') {
        let env = env.trim();
        if env.is_empty() {
            continue;
        }
        for pattern in [
            "mise.{}.toml",
            ".mise.{}.toml",
            "mise.{}.local.toml",
            ".mise.{}.local.toml",
            "mise/config.{}.toml",
            ".mise/config.{}.toml",
            ".config/mise.{}.toml",
            ".config/mise/config.{}.toml",
        ] {
            names.push(pattern.replace("{}", env));
        }
    }
    if let Some(cwd) = &lookup.cwd {
        i.upward(cwd, &names);
        for d in cwd.ancestors() {
            i.dir_files(&d.join(".config/mise/conf.d"));
        }
    }
    if let Some(config) = base(lookup, "MISE_CONFIG_DIR", "XDG_CONFIG_HOME", ".config") {
        for n in ["config.toml", "config.local.toml", "settings.toml"] {
            i.file(&config.join(n));
        }
        i.dir_files(&config.join("conf.d"));
    }
    for var in ["MISE_GLOBAL_CONFIG_FILE", "MISE_SYSTEM_CONFIG_FILE"] {
        if let Some(f) = lookup.var(var) {
            i.file(Path::new(f));
        }
    }
    i.file(Path::new("/etc/mise/config.toml"));
    i.dir_files(Path::new("/etc/mise/conf.d"));
    if let Some(home) = &lookup.home {
        i.file(&home.join(".tool-versions"));
    }
    if let Some(data) = base(lookup, "MISE_DATA_DIR", "XDG_DATA_HOME", ".local/share") {
        i.file(&data.join("installs/python"));
    }
    if let Some(state) = base(lookup, "MISE_STATE_DIR", "XDG_STATE_HOME", ".local/state") {
        i.dir_files(&state.join("trusted-configs"));
    }
    i
}
