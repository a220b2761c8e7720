//! Landlock: files, TCP and signal/abstract-socket scoping, built in the keeper and applied in
//! the target.
#![allow(unsafe_code)]

use landlock::{
    ABI, Access, AccessFs, AccessNet, CompatLevel, Compatible, PathBeneath, PathFd, Ruleset,
    RulesetAttr, RulesetCreated, RulesetCreatedAttr, RulesetStatus, Scope,
};

use super::policy::{Landlock, Layers, Policy};

/// Builds the Landlock ruleset (before forking the target, which applies it).
pub fn ruleset(policy: &Policy, layers: &Layers) -> Option<RulesetCreated> {
    let abi = ABI::V6;
    let mut ruleset = Ruleset::default()
        .set_compatibility(CompatLevel::BestEffort)
        .handle_access(AccessFs::from_all(abi))
        .ok()?
        .handle_access(AccessNet::from_all(abi))
        .ok()?
        .scope(Scope::from_all(abi))
        .ok()?
        .create()
        .ok()?;
    let read = AccessFs::from_read(abi);
    let device = AccessFs::ReadFile | AccessFs::WriteFile | AccessFs::Truncate | AccessFs::IoctlDev;
    let mut rules: Vec<(String, landlock::BitFlags<AccessFs>)> = Vec::new();
    rules.extend(policy.read.iter().map(|p| (p.clone(), read)));
    rules.extend(policy.devices.iter().map(|p| (p.clone(), device)));
    rules.extend(
        policy
            .write
            .iter()
            .map(|p| (p.clone(), AccessFs::from_all(abi))),
    );
    if layers.private_proc {
        // Only this run's own processes are visible in the private /proc.
        rules.push(("/proc".into(), read));
    }
    if layers.private_shm {
        // multiprocessing's locks live in /dev/shm; this one is the run's own tmpfs.
        rules.push(("/dev/shm".into(), AccessFs::from_all(abi)));
    }
    for (path, access) in rules {
        // A path that does not exist on this machine is simply not granted.
        if let Ok(fd) = PathFd::new(&path) {
            let access = if std::path::Path::new(&path).is_dir() {
                access
            } else {
                access & AccessFs::from_file(abi)
            };
            ruleset = ruleset.add_rule(PathBeneath::new(fd, access)).ok()?;
        }
    }
    Some(ruleset)
}

/// Restricts the calling process (the target) with `ruleset`. Without a private `/proc` the
/// host's is all there is: only this process's own entry (`/proc/self` as it resolves now) is
/// granted, never the others'. Records what took effect in `layers`.
pub fn restrict_self(ruleset: Option<RulesetCreated>, layers: &mut Layers) {
    let ruleset = if layers.private_proc {
        ruleset
    } else {
        ruleset.and_then(|rs| {
            let own = format!("/proc/{}", std::process::id());
            match PathFd::new(&own) {
                Ok(fd) => rs
                    .add_rule(PathBeneath::new(fd, AccessFs::from_read(ABI::V6)))
                    .ok(),
                Err(_) => Some(rs),
            }
        })
    };
    if let Some(rs) = ruleset
        && let Ok(status) = rs.restrict_self()
    {
        layers.no_new_privs = status.no_new_privs;
        layers.landlock = match status.ruleset {
            RulesetStatus::FullyEnforced => Landlock::Full,
            RulesetStatus::PartiallyEnforced => Landlock::Partial,
            RulesetStatus::NotEnforced => Landlock::Off,
        };
    }
    layers.landlock_abi = abi();
}

/// The kernel's Landlock ABI version (0 when Landlock is unavailable).
pub fn abi() -> i32 {
    // SAFETY: the documented version query of landlock_create_ruleset.
    let v = unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<libc::c_void>(),
            0usize,
            1u32, // LANDLOCK_CREATE_RULESET_VERSION
        )
    };
    i32::try_from(v).unwrap_or(0).max(0)
}
