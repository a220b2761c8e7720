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
}
