//! What the target applies to itself after `fork` and before `execve`, in this order:
//! Landlock, capabilities, `no_new_privs`, seccomp (last, so the calls before it still work).
#![allow(unsafe_code)]

use ::landlock::RulesetCreated;

use super::policy::Layers;
use super::seccomp::Filters;
use super::{caps, landlock, seccomp};

/// Applies every layer it can; records in `layers` the ones that took effect.
pub fn apply_in_target(
    ruleset: Option<RulesetCreated>,
    filters: Option<&Filters>,
    layers: &mut Layers,
) {
    landlock::restrict_self(ruleset, layers);
    layers.capabilities_dropped = caps::drop_all();
    if !layers.no_new_privs {
        // SAFETY: prctl on ourselves.
        layers.no_new_privs = unsafe { libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) } == 0;
    }
    if let Some(f) = filters {
        layers.seccomp = seccomp::install(f);
    }
}
