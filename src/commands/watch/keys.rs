//! Single-key input for `grind watch` on a terminal: canonical mode and echo are switched
//! off for stdin (output processing and Ctrl-C stay as they are) and restored on drop.
#![allow(unsafe_code)]

/// Restores the terminal settings it changed when dropped.
pub struct SingleKeys {
    saved: libc::termios,
}

impl SingleKeys {
    /// Switches stdin to single-key reads, if stdin is a terminal.
    pub fn enable() -> Option<Self> {
        if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            return None;
        }
        // SAFETY: tcgetattr/tcsetattr on fd 0 with a zeroed, then filled, termios.
        unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(0, &raw mut t) != 0 {
                return None;
            }
            let saved = t;
            t.c_lflag &= !(libc::ICANON | libc::ECHO);
            t.c_cc[libc::VMIN] = 1;
            t.c_cc[libc::VTIME] = 0;
            if libc::tcsetattr(0, libc::TCSANOW, &raw const t) != 0 {
                return None;
            }
            Some(Self { saved })
        }
    }
}

impl SingleKeys {
    /// A way to restore the terminal from another thread (before ending the process there).
    pub fn restorer(&self) -> Restorer {
        Restorer { saved: self.saved }
    }
}

impl Drop for SingleKeys {
    fn drop(&mut self) {
        self.restorer().restore();
    }
}

/// The terminal settings [`SingleKeys`] changed, to put back.
#[derive(Clone, Copy)]
pub struct Restorer {
    saved: libc::termios,
}

impl Restorer {
    pub fn restore(self) {
        // SAFETY: restoring the settings read in `SingleKeys::enable`.
        unsafe { libc::tcsetattr(0, libc::TCSANOW, &raw const self.saved) };
    }
}
