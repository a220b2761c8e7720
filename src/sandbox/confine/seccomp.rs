//! The seccomp deny-list: system calls no solution needs and a hostile one would use.

use std::collections::BTreeMap;

use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
    SeccompRule,
};

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
pub fn filters() -> Option<Filters> {
    None
}

/// Builds the seccomp filters.
#[cfg(target_arch = "x86_64")]
pub fn filters() -> Option<Filters> {
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

/// Installs the filters in the calling process (the target, last before `execve`); whether
/// both took effect.
pub fn install(filters: &Filters) -> bool {
    seccompiler::apply_filter(&filters.clone3).is_ok()
        && seccompiler::apply_filter(&filters.main).is_ok()
}
