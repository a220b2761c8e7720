//! The keeper's status pipe: how the keeper (and the target, before `execve`) tell `grind`
//! what happened. Both ends live here, so a round-trip test covers the format.
//!
//! Three kinds of message, in any order:
//! - `L{json}\n`: the protection layers the target got ([`Layers`]), written by the target
//!   right before `execve`;
//! - `D{bytes}\n`: how much the run's private, size-limited directory held when the tree
//!   was gone, written by the keeper before its record;
//! - a fixed 28-byte record: magic, [`Status`], a value (exit code, signal, errno or process
//!   limit), CPU microseconds and peak resident KiB of the whole tree. A failed `exec` reports
//!   before the keeper's final record, so the first record wins.
#![allow(unsafe_code)]

use std::time::Duration;

use super::confine::Layers;

/// Magic number that starts a status record.
const MAGIC: u32 = 0x6772_6e64;
/// Size of a status record: magic, status, value, CPU microseconds, peak KiB.
pub const LEN: usize = 28;

/// What a status record reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The target exited (value: its exit code).
    Exited,
    /// The target was killed by a signal (value: the signal).
    Signaled,
    /// `execve` of the target failed (value: errno).
    ExecFailed,
    /// The keeper could not set the run up (value: errno).
    SetupFailed,
    /// The tree had more processes than allowed and was killed (value: the limit).
    TooManyProcesses,
}

impl Status {
    fn code(self) -> u32 {
        match self {
            Status::Exited => 1,
            Status::Signaled => 2,
            Status::ExecFailed => 3,
            Status::SetupFailed => 4,
            Status::TooManyProcesses => 5,
        }
    }

    /// A code this build does not know reads as a failed setup: the target did not run.
    fn from_code(code: u32) -> Self {
        match code {
            1 => Status::Exited,
            2 => Status::Signaled,
            3 => Status::ExecFailed,
            5 => Status::TooManyProcesses,
            _ => Status::SetupFailed,
        }
    }
}

/// Resources used by the target and everything it started.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    pub cpu_micros: u64,
    pub peak_kib: u64,
}

impl Usage {
    /// Adds one reaped process's usage: CPU time sums up, peak memory is the largest.
    pub fn add(&mut self, ru: &libc::rusage) {
        let micros = |t: libc::timeval| {
            u64::try_from(t.tv_sec).unwrap_or(0) * 1_000_000 + u64::try_from(t.tv_usec).unwrap_or(0)
        };
        self.cpu_micros += micros(ru.ru_utime) + micros(ru.ru_stime);
        self.peak_kib = self.peak_kib.max(u64::try_from(ru.ru_maxrss).unwrap_or(0));
    }
}

/// A decoded status record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    pub status: Status,
    pub value: i32,
    pub cpu: Duration,
    /// Peak resident memory in bytes.
    pub peak_memory: u64,
}

/// Encodes a status record.
pub fn encode(status: Status, value: i32, usage: Usage) -> [u8; LEN] {
    let mut buf = [0u8; LEN];
    buf[0..4].copy_from_slice(&MAGIC.to_le_bytes());
    buf[4..8].copy_from_slice(&status.code().to_le_bytes());
    buf[8..12].copy_from_slice(&value.to_le_bytes());
    buf[12..20].copy_from_slice(&usage.cpu_micros.to_le_bytes());
    buf[20..28].copy_from_slice(&usage.peak_kib.to_le_bytes());
    buf
}

/// Writes a status record (async-signal-safe: a single `write` of a stack buffer).
pub fn write(fd: libc::c_int, status: Status, value: i32, usage: Usage) {
    let buf = encode(status, value, usage);
    // SAFETY: writing a stack buffer to a descriptor the caller owns.
    unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) };
}

/// The layers message: `L`, the layers as JSON, a newline.
pub fn layers_message(layers: &Layers) -> Vec<u8> {
    let mut msg = b"L".to_vec();
    msg.extend(serde_json::to_vec(layers).unwrap_or_default());
    msg.push(b'\n');
    msg
}

/// The disk message: `D`, the bytes in use, a newline.
pub fn disk_message(bytes: u64) -> Vec<u8> {
    format!("D{bytes}\n").into_bytes()
}

/// What the status pipe said.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decoded {
    pub layers: Layers,
    pub record: Option<Record>,
    pub disk_used: Option<u64>,
}

/// Splits the status pipe's content into its messages (the first status record wins).
/// Anything unreadable ends the parse; what was read until then stands.
pub fn decode(mut bytes: &[u8]) -> Decoded {
    let mut layers = Layers::default();
    let mut record = None;
    let mut disk_used = None;
    while !bytes.is_empty() {
        if bytes[0] == b'D' {
            let end = bytes
                .iter()
                .position(|&b| b == b'\n')
                .unwrap_or(bytes.len());
            disk_used = std::str::from_utf8(&bytes[1..end])
                .ok()
                .and_then(|s| s.parse().ok());
            bytes = &bytes[(end + 1).min(bytes.len())..];
        } else if bytes[0] == b'L' {
            let end = bytes
                .iter()
                .position(|&b| b == b'\n')
                .unwrap_or(bytes.len());
            if let Ok(l) = serde_json::from_slice(&bytes[1..end]) {
                layers = l;
            }
            bytes = &bytes[(end + 1).min(bytes.len())..];
        } else if bytes.len() >= LEN && bytes[0..4] == MAGIC.to_le_bytes() {
            let rec = &bytes[..LEN];
            let word = |at: usize| u32::from_le_bytes(rec[at..at + 4].try_into().expect("4 bytes"));
            let long = |at: usize| u64::from_le_bytes(rec[at..at + 8].try_into().expect("8 bytes"));
            if record.is_none() {
                record = Some(Record {
                    status: Status::from_code(word(4)),
                    value: i32::from_le_bytes(rec[8..12].try_into().expect("4 bytes")),
                    cpu: Duration::from_micros(long(12)),
                    peak_memory: long(20) * 1024,
                });
            }
            bytes = &bytes[LEN..];
        } else {
            break;
        }
    }
    Decoded {
        layers,
        record,
        disk_used,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::confine::Landlock;

    fn usage(cpu_micros: u64, peak_kib: u64) -> Usage {
        Usage {
            cpu_micros,
            peak_kib,
        }
    }

    #[test]
    fn record_layout() {
        let rec = encode(Status::Signaled, 9, usage(1_500, 2048));
        assert_eq!(&rec[0..4], &MAGIC.to_le_bytes());
        assert_eq!(u32::from_le_bytes(rec[4..8].try_into().unwrap()), 2);
        assert_eq!(i32::from_le_bytes(rec[8..12].try_into().unwrap()), 9);
        assert_eq!(u64::from_le_bytes(rec[12..20].try_into().unwrap()), 1_500);
        assert_eq!(u64::from_le_bytes(rec[20..28].try_into().unwrap()), 2048);
    }

    #[test]
    fn round_trip() {
        let layers = Layers {
            pid_namespace: true,
            landlock: Landlock::Partial,
            landlock_abi: 4,
            ..Layers::default()
        };
        let exited = Record {
            status: Status::Exited,
            value: 3,
            cpu: Duration::from_micros(1_500),
            peak_memory: 2048 * 1024,
        };
        let rows: &[(Vec<u8>, Layers, Option<Record>, &str)] = &[
            (
                Vec::new(),
                Layers::default(),
                None,
                "nothing written: killed before reporting",
            ),
            (
                encode(Status::Exited, 3, usage(1_500, 2048)).to_vec(),
                Layers::default(),
                Some(exited),
                "a record alone",
            ),
            (
                [
                    layers_message(&layers),
                    encode(Status::Exited, 3, usage(1_500, 2048)).to_vec(),
                ]
                .concat(),
                layers.clone(),
                Some(exited),
                "layers, then the record",
            ),
            (
                [
                    layers_message(&layers),
                    encode(Status::ExecFailed, libc::ENOENT, Usage::default()).to_vec(),
                    encode(Status::Exited, 0, usage(5, 6)).to_vec(),
                ]
                .concat(),
                layers.clone(),
                Some(Record {
                    status: Status::ExecFailed,
                    value: libc::ENOENT,
                    cpu: Duration::ZERO,
                    peak_memory: 0,
                }),
                "a failed exec reports first, and the first record wins",
            ),
            (
                encode(Status::TooManyProcesses, 128, usage(7, 1)).to_vec(),
                Layers::default(),
                Some(Record {
                    status: Status::TooManyProcesses,
                    value: 128,
                    cpu: Duration::from_micros(7),
                    peak_memory: 1024,
                }),
                "a fork bomb stopped",
            ),
            (
                encode(Status::Exited, 3, usage(1_500, 2048))[..LEN - 1].to_vec(),
                Layers::default(),
                None,
                "a truncated record is no record",
            ),
            (
                b"Lnot json\n".to_vec(),
                Layers::default(),
                None,
                "unreadable layers keep the defaults",
            ),
        ];
        for (bytes, want_layers, want_record, msg) in rows {
            let d = decode(bytes);
            assert_eq!(&d.layers, want_layers, "{msg}");
            assert_eq!(&d.record, want_record, "{msg}");
            assert_eq!(d.disk_used, None, "{msg}");
        }
    }

    #[test]
    fn disk_message_round_trip() {
        let bytes = [
            layers_message(&Layers::default()),
            disk_message(67_108_864),
            encode(Status::Exited, 0, usage(5, 6)).to_vec(),
        ]
        .concat();
        let d = decode(&bytes);
        assert_eq!(d.disk_used, Some(67_108_864));
        assert_eq!(d.record.map(|r| r.status), Some(Status::Exited));
        assert_eq!(decode(b"Dnot a number\n").disk_used, None);
    }

    #[test]
    fn status_codes_round_trip() {
        for s in [
            Status::Exited,
            Status::Signaled,
            Status::ExecFailed,
            Status::SetupFailed,
            Status::TooManyProcesses,
        ] {
            assert_eq!(Status::from_code(s.code()), s);
        }
        assert_eq!(Status::from_code(77), Status::SetupFailed);
    }
}
