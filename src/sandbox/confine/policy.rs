//! What the sandbox allows ([`Policy`], decided by `grind` and passed to the keeper) and
//! which layers a run got ([`Layers`], reported back by the keeper).

use serde::{Deserialize, Serialize};

/// What the sandbox should allow, decided by `grind` and passed to the keeper.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Policy {
    /// Whether to confine at all (`GRIND_SANDBOX=off` turns it off for debugging).
    pub enabled: bool,
    /// Read and execute: the interpreter, its standard library, system libraries.
    pub read: Vec<String>,
    /// Read and write files (devices such as `/dev/null`).
    pub devices: Vec<String>,
    /// Full access: the run directory.
    pub write: Vec<String>,
    /// Files hidden behind `/dev/null` in the private mount table (the `grind` binary, which
    /// embeds the catalog's answers).
    pub mask_files: Vec<String>,
    /// Directories hidden behind an empty read-only tmpfs (exercise packs on disk).
    pub mask_dirs: Vec<String>,
    /// Most processes the tree may have at once before it is killed as a fork bomb.
    pub max_processes: u32,
    /// Whether `grind` runs inside its own `pids` cgroup (see `cgroup.rs`), which caps the
    /// number of processes in the kernel.
    pub pids_cgroup: bool,
    /// `RLIMIT_NPROC` for the target when not running as root (where the kernel ignores it):
    /// the user's processes at the start of the run plus the per-run allowance.
    pub nproc: Option<u64>,
    /// The run directory and the bytes all its files may take: in a private mount table it
    /// becomes a tmpfs of that size (with the files `grind` put there copied in), so nothing
    /// the program writes reaches the real disk and the total is bounded.
    #[serde(default)]
    pub run_dir: Option<(String, u64)>,
}

/// How much of the Landlock ruleset the kernel enforces.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Landlock {
    /// Every rule is enforced.
    Full,
    /// The kernel's Landlock ABI lacks some of the rules (older kernels).
    Partial,
    /// Not enforced (no Landlock, or the sandbox is off).
    #[default]
    Off,
}

/// Which layers are active for a run, as reported by the keeper.
#[allow(clippy::struct_excessive_bools)] // one flag per independent protection layer
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layers {
    pub pid_namespace: bool,
    pub net_namespace: bool,
    pub mount_namespace: bool,
    pub ipc_uts_namespace: bool,
    pub user_namespace: bool,
    pub private_proc: bool,
    pub private_shm: bool,
    pub masked_paths: bool,
    /// How much of the Landlock ruleset the kernel enforces, with the kernel's Landlock ABI.
    pub landlock: Landlock,
    pub landlock_abi: i32,
    pub seccomp: bool,
    pub capabilities_dropped: bool,
    pub no_new_privs: bool,
    pub process_limit: bool,
    /// A `pids` cgroup caps the tree's size in the kernel.
    pub pids_cgroup: bool,
    /// `RLIMIT_NPROC` caps it (non-root only).
    #[serde(default)]
    pub nproc_limit: bool,
    /// The run directory is a private tmpfs of bounded size.
    #[serde(default)]
    pub private_run_dir: bool,
}

/// The namespace flags tried for the keeper, most isolated first (its `argv[2]` says which
/// one the kernel allowed).
pub const NS_ATTEMPTS: [libc::c_int; 4] = [
    libc::CLONE_NEWPID
        | libc::CLONE_NEWNET
        | libc::CLONE_NEWNS
        | libc::CLONE_NEWUTS
        | libc::CLONE_NEWIPC,
    libc::CLONE_NEWUSER
        | libc::CLONE_NEWPID
        | libc::CLONE_NEWNET
        | libc::CLONE_NEWNS
        | libc::CLONE_NEWUTS
        | libc::CLONE_NEWIPC,
    libc::CLONE_NEWPID,
    0,
];

impl Layers {
    /// The namespace part, from the clone flags that succeeded.
    pub fn from_flags(flags: libc::c_int) -> Self {
        Self {
            pid_namespace: flags & libc::CLONE_NEWPID != 0,
            net_namespace: flags & libc::CLONE_NEWNET != 0,
            mount_namespace: flags & libc::CLONE_NEWNS != 0,
            ipc_uts_namespace: flags & libc::CLONE_NEWUTS != 0,
            user_namespace: flags & libc::CLONE_NEWUSER != 0,
            ..Self::default()
        }
    }
}
