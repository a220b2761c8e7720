//! The keeper's private mount table: a fresh `/proc`, a private `/dev/shm`, and the masked
//! paths (the `grind` binary, exercise directories).
#![allow(unsafe_code)]

use std::ffi::CString;

use super::policy::{Layers, Policy};

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
pub fn setup(policy: &Policy, layers: &mut Layers) {
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
    if let Some((dir, size)) = &policy.run_dir {
        layers.private_run_dir = private_run_dir(dir, *size);
    }
}

/// Replaces the run directory, in this mount table only, with a tmpfs of `size` bytes holding
/// copies of its files (the solution and the script `grind` wrote there: small). What the
/// program writes then never reaches the disk, the total is bounded, and it all vanishes with
/// the mount namespace.
fn private_run_dir(dir: &str, size: u64) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    let mut files = Vec::new();
    for e in entries.flatten() {
        let Ok(meta) = e.metadata() else { return false };
        if !meta.is_file() {
            continue;
        }
        let Ok(bytes) = std::fs::read(e.path()) else {
            return false;
        };
        files.push((e.file_name(), bytes));
    }
    let nosuid = libc::MS_NOSUID | libc::MS_NODEV;
    if !mount(
        "tmpfs",
        dir,
        "tmpfs",
        nosuid,
        &format!("size={size},mode=0700"),
    ) {
        return false;
    }
    for (name, bytes) in files {
        let path = std::path::Path::new(dir).join(name);
        if std::fs::write(&path, bytes).is_err()
            || std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).is_err()
        {
            return false;
        }
    }
    true
}

/// Bytes in use on the run directory's filesystem (when it is the private tmpfs).
pub fn disk_used(dir: &str) -> Option<u64> {
    let path = CString::new(dir).ok()?;
    // SAFETY: an all-zero statvfs is a valid value for statvfs to fill in.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: a NUL-terminated path and a valid out-pointer.
    if unsafe { libc::statvfs(path.as_ptr(), &raw mut st) } != 0 {
        return None;
    }
    Some(
        st.f_blocks
            .saturating_sub(st.f_bfree)
            .saturating_mul(st.f_frsize),
    )
}
