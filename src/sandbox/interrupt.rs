//! What Ctrl-C, `SIGTERM` and `SIGHUP` do to a `grind` that is judging: every run is killed and
//! everything runs left on the machine is removed (run directories, cgroups) before the
//! process ends with status 130. A command that handles interrupts itself (watch quits its
//! loop) registers a hook instead; the runs it has in flight then end the normal way.

use std::sync::Mutex;

type Hook = Box<dyn Fn() + Send>;

static HOOK: Mutex<Option<Hook>> = Mutex::new(None);

/// Installs the handler (once per process; later calls do nothing).
pub fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            if let Some(hook) = HOOK
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .as_ref()
            {
                hook();
                return;
            }
            exit_interrupted();
        });
    });
}

/// While the returned guard lives, an interrupt calls `hook` instead of ending `grind`.
#[must_use = "the hook is removed when the guard is dropped"]
pub fn set_hook(hook: impl Fn() + Send + 'static) -> HookGuard {
    *HOOK
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(Box::new(hook));
    HookGuard(())
}

/// Removes the hook when dropped.
pub struct HookGuard(());

impl Drop for HookGuard {
    fn drop(&mut self) {
        *HOOK
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
    }
}

fn exit_interrupted() -> ! {
    end_now(130)
}

/// Ends `grind` now with `code`, as an interrupt does: every run is killed and everything runs
/// left on the machine is removed first (`grind watch` quitting in the middle of a check).
#[expect(
    clippy::disallowed_methods,
    reason = "ends the process from any thread, after cleaning up"
)]
pub fn end_now(code: i32) -> ! {
    super::cgroup::remove_all();
    super::run_dir::remove_live();
    std::process::exit(code)
}
