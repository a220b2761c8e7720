//! Confinement layers applied by the keeper: a private mount table (fresh `/proc`, private
//! `/dev/shm`, masked paths), Landlock (files, TCP, signal and abstract-socket scoping), a
//! seccomp deny-list, and dropping every capability. Each layer reports whether it is active,
//! so `grind doctor` and the judge never claim more than is enforced.
//!
//! See `docs/SANDBOX.md` for the threat model and the degradation table.
#![allow(unsafe_code)]

use std::collections::BTreeMap;
use std::ffi::CString;

use landlock::{
    ABI, Access, AccessFs, AccessNet, CompatLevel, Compatible, PathBeneath, PathFd, Ruleset,
    RulesetAttr, RulesetCreated, RulesetCreatedAttr, RulesetStatus, Scope,
};
use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
    SeccompRule,
};
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
    /// `full`, `partial` or `off`, with the kernel's Landlock ABI.
    pub landlock: String,
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
}

/// Namespace flags the keeper was cloned with (argv[3] of the keeper).
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
            landlock: "off".into(),
            ..Self::default()
        }
    }
}

fn c(s: &str) -> CString {
    CString::new(s).unwrap_or_default()
}

fn mount(src: &str, target: &str, fstype: &str, flags: libc::c_ulong, data: &str) -> bool {
    let (src, target, fstype, data) = (c(src), c(target), c(fstype), c(data));
    // SAFETY: valid NUL-terminated strings; mount only affects our private mount namespace.
    unsafe {
        libc::mount(
            src.as_ptr(),
            target.as_ptr(),
            if fstype.is_empty() {
                std::ptr::null()
            } else {
                fstype.as_ptr()
            },
            flags,
            if data.is_empty() {
                std::ptr::null()
            } else {
                data.as_ptr().cast()
            },
        ) == 0
    }
}

/// In the keeper, in a new mount namespace: stop propagation, mount a fresh `/proc` for the
/// new PID namespace, a private `/dev/shm`, and hide the masked paths.
pub fn setup_mounts(policy: &Policy, layers: &mut Layers) {
    if !layers.mount_namespace {
        return;
    }
    if !mount("none", "/", "", libc::MS_REC | libc::MS_PRIVATE, "") {
        return;
    }
    let nosuid = libc::MS_NOSUID | libc::MS_NODEV | libc::MS_NOEXEC;
    if layers.pid_namespace {
        layers.private_proc = mount("proc", "/proc", "proc", nosuid, "");
    }
    if std::path::Path::new("/dev/shm").is_dir() {
        layers.private_shm = mount("tmpfs", "/dev/shm", "tmpfs", nosuid, "size=64m,mode=1777");
    }
    let mut masked = true;
    for f in &policy.mask_files {
        masked &= mount("/dev/null", f, "", libc::MS_BIND, "");
    }
    for d in &policy.mask_dirs {
        masked &= mount(
            "tmpfs",
            d,
            "tmpfs",
            nosuid | libc::MS_RDONLY,
            "size=4k,mode=0555",
        );
    }
    layers.masked_paths = masked;
}

/// Builds the Landlock ruleset (before forking the target, which applies it).
pub fn landlock_ruleset(policy: &Policy, layers: &Layers) -> Option<RulesetCreated> {
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

/// The system calls no solution needs and a hostile one would use, denied with `EPERM`.
/// (x86-64 numbers; on other architectures the seccomp layer reports itself off.)
#[cfg(target_arch = "x86_64")]
const DENIED: &[libc::c_long] = &[
    libc::SYS_ptrace,
    libc::SYS_process_vm_readv,
    libc::SYS_process_vm_writev,
    libc::SYS_kcmp,
    libc::SYS_pidfd_getfd,
    libc::SYS_mount,
    libc::SYS_umount2,
    libc::SYS_pivot_root,
    libc::SYS_chroot,
    libc::SYS_unshare,
    libc::SYS_setns,
    libc::SYS_sethostname,
    libc::SYS_setdomainname,
    libc::SYS_io_uring_setup,
    libc::SYS_io_uring_enter,
    libc::SYS_io_uring_register,
    libc::SYS_bpf,
    libc::SYS_perf_event_open,
    libc::SYS_userfaultfd,
    libc::SYS_kexec_load,
    libc::SYS_kexec_file_load,
    libc::SYS_init_module,
    libc::SYS_finit_module,
    libc::SYS_delete_module,
    libc::SYS_reboot,
    libc::SYS_swapon,
    libc::SYS_swapoff,
    libc::SYS_acct,
    libc::SYS_keyctl,
    libc::SYS_add_key,
    libc::SYS_request_key,
    libc::SYS_settimeofday,
    libc::SYS_clock_settime,
    libc::SYS_clock_adjtime,
    libc::SYS_adjtimex,
    libc::SYS_open_by_handle_at,
    libc::SYS_name_to_handle_at,
    libc::SYS_quotactl,
    libc::SYS_syslog,
    libc::SYS_vhangup,
    libc::SYS_iopl,
    libc::SYS_ioperm,
    libc::SYS_fanotify_init,
    libc::SYS_move_mount,
    libc::SYS_open_tree,
    libc::SYS_fsopen,
    libc::SYS_fsconfig,
    libc::SYS_fsmount,
    libc::SYS_fspick,
    libc::SYS_mount_setattr,
    // Metadata changes: Landlock does not cover these, and a solution never needs them.
    libc::SYS_chmod,
    libc::SYS_fchmod,
    libc::SYS_fchmodat,
    libc::SYS_chown,
    libc::SYS_fchown,
    libc::SYS_lchown,
    libc::SYS_fchownat,
    libc::SYS_utime,
    libc::SYS_utimes,
    libc::SYS_utimensat,
    libc::SYS_futimesat,
    libc::SYS_setxattr,
    libc::SYS_lsetxattr,
    libc::SYS_fsetxattr,
    libc::SYS_removexattr,
    libc::SYS_lremovexattr,
    libc::SYS_fremovexattr,
    // Sockets: no network, no UNIX-socket path (think /var/run/docker.sock). `socketpair`
    // stays allowed, so multiprocessing pipes work.
    libc::SYS_socket,
];

/// `fchmodat2` (Linux 6.6) is newer than some libc crates' tables.
#[cfg(target_arch = "x86_64")]
const SYS_FCHMODAT2: libc::c_long = 452;

/// The seccomp filters, built before forking the target, which installs them last.
pub struct Filters {
    /// Denies [`DENIED`] and namespace-creating `clone` flags with `EPERM`.
    main: BpfProgram,
    /// Refuses `clone3` with `ENOSYS`: its flags live in memory, out of seccomp's reach, and
    /// libc then falls back to `clone`, whose flags the main filter checks.
    clone3: BpfProgram,
}

#[cfg(target_arch = "x86_64")]
fn deny_filter(rules: BTreeMap<i64, Vec<SeccompRule>>, errno: i32) -> Option<BpfProgram> {
    let filter = SeccompFilter::new(
        rules,
        SeccompAction::Allow,
        SeccompAction::Errno(u32::try_from(errno).ok()?),
        seccompiler::TargetArch::x86_64,
    )
    .ok()?;
    filter.try_into().ok()
}

/// Builds the seccomp filters (`None` off x86-64, where the deny-list is not written yet).
#[cfg(not(target_arch = "x86_64"))]
pub fn seccomp_filters() -> Option<Filters> {
    None
}

/// Builds the seccomp filters.
#[cfg(target_arch = "x86_64")]
pub fn seccomp_filters() -> Option<Filters> {
    let mut rules: BTreeMap<i64, Vec<SeccompRule>> =
        DENIED.iter().map(|&n| (n, Vec::new())).collect();
    rules.insert(SYS_FCHMODAT2, Vec::new());
    // A `clone` with any namespace flag would leave our namespaces: one rule per flag, any
    // match denies.
    let ns_rules = [
        libc::CLONE_NEWNS,
        libc::CLONE_NEWUSER,
        libc::CLONE_NEWPID,
        libc::CLONE_NEWNET,
        libc::CLONE_NEWUTS,
        libc::CLONE_NEWIPC,
        libc::CLONE_NEWCGROUP,
    ]
    .into_iter()
    .map(|flag| {
        let flag = u64::try_from(flag).ok()?;
        let cond = SeccompCondition::new(
            0,
            SeccompCmpArgLen::Qword,
            SeccompCmpOp::MaskedEq(flag),
            flag,
        )
        .ok()?;
        SeccompRule::new(vec![cond]).ok()
    })
    .collect::<Option<Vec<_>>>()?;
    rules.insert(libc::SYS_clone, ns_rules);
    Some(Filters {
        main: deny_filter(rules, libc::EPERM)?,
        clone3: deny_filter(
            [(libc::SYS_clone3, Vec::new())].into_iter().collect(),
            libc::ENOSYS,
        )?,
    })
}

/// In the target, after fork and before exec: Landlock, capabilities, seccomp. Returns the
/// layers that took effect.
pub fn apply_in_target(
    ruleset: Option<RulesetCreated>,
    filters: Option<&Filters>,
    layers: &mut Layers,
) {
    // Without a private /proc the host's is all there is: grant only this process's own entry
    // (`/proc/self` as it resolves now), never the others'.
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
            RulesetStatus::FullyEnforced => "full",
            RulesetStatus::PartiallyEnforced => "partial",
            RulesetStatus::NotEnforced => "off",
        }
        .into();
    }
    layers.landlock_abi = landlock_abi();
    layers.capabilities_dropped = drop_capabilities();
    if !layers.no_new_privs {
        // SAFETY: prctl on ourselves.
        layers.no_new_privs = unsafe { libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) } == 0;
    }
    if let Some(f) = filters {
        layers.seccomp = seccompiler::apply_filter(&f.clone3).is_ok()
            && seccompiler::apply_filter(&f.main).is_ok();
    }
}

/// The kernel's Landlock ABI version (0 when Landlock is unavailable).
pub fn landlock_abi() -> i32 {
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

/// Drops every capability: the bounding set (so `exec` cannot regain any, even as root),
/// then the effective, permitted, inheritable and ambient sets.
fn drop_capabilities() -> bool {
    // SAFETY: prctl/capset on ourselves with valid, zeroed structures.
    unsafe {
        libc::prctl(
            libc::PR_CAP_AMBIENT,
            libc::PR_CAP_AMBIENT_CLEAR_ALL,
            0,
            0,
            0,
        );
        for cap in 0..=63 {
            libc::prctl(libc::PR_CAPBSET_DROP, cap, 0, 0, 0);
        }
        // Root keeps no special powers across exec.
        libc::prctl(
            libc::PR_SET_SECUREBITS,
            SECBIT_NOROOT | SECBIT_NOROOT_LOCKED,
            0,
            0,
            0,
        );
        let mut header = CapHeader {
            version: CAP_VERSION_3,
            pid: 0,
        };
        let data = [CapData {
            effective: 0,
            permitted: 0,
            inheritable: 0,
        }; 2];
        libc::syscall(libc::SYS_capset, &raw mut header, data.as_ptr()) == 0
    }
}

const SECBIT_NOROOT: libc::c_ulong = 1 << 0;
const SECBIT_NOROOT_LOCKED: libc::c_ulong = 1 << 1;
/// `_LINUX_CAPABILITY_VERSION_3`.
const CAP_VERSION_3: u32 = 0x2008_0522;

/// `struct __user_cap_header_struct`.
#[repr(C)]
struct CapHeader {
    version: u32,
    pid: i32,
}

/// `struct __user_cap_data_struct`.
#[repr(C)]
#[derive(Clone, Copy)]
struct CapData {
    effective: u32,
    permitted: u32,
    inheritable: u32,
}
