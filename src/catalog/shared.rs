//! Test data kept once and shared by its cases: a loaded test file (or a file of the test
//! cache, `test_cache.rs`) stays whole, and each case's input, answer, arguments or expected
//! value is a range of it. Loading megabytes of tests used to copy every case out of its file,
//! and each copy paid its page faults.
//!
//! **May import:** nothing of the crate.

use std::fmt;
use std::fs::File;
use std::ops::{Deref, Range};
use std::sync::Arc;

/// Shared bytes: a range of a buffer that other cases may share.
#[derive(Clone)]
pub struct Bytes {
    buf: Arc<Buffer>,
    range: Range<usize>,
}

/// A buffer, and the file it is the whole content of, if any (still open, so a run can read
/// a range of it from the file instead of from a copy: see [`Bytes::in_file`]).
struct Buffer {
    data: Content,
    file: Option<File>,
}

/// What a buffer holds: bytes read into memory, or a mapping of a file.
pub type Content = Box<dyn AsRef<[u8]> + Send + Sync>;

impl Bytes {
    /// The whole of an owned buffer.
    pub fn owned(v: Vec<u8>) -> Self {
        let len = v.len();
        Self {
            buf: Arc::new(Buffer {
                data: Box::new(v),
                file: None,
            }),
            range: 0..len,
        }
    }

    /// `data`, the whole content of `file` from its start (read, or mapped): its slices then
    /// know where in the file they lie.
    pub fn of_file(file: File, data: Content) -> Self {
        let len = (*data).as_ref().len();
        Self {
            buf: Arc::new(Buffer {
                data,
                file: Some(file),
            }),
            range: 0..len,
        }
    }

    /// The file these bytes were read from and their offset in it, if they came from one.
    pub fn in_file(&self) -> Option<(&File, u64)> {
        let file = self.buf.file.as_ref()?;
        Some((file, u64::try_from(self.range.start).ok()?))
    }

    /// Whether `next` starts right where these bytes end, in the same buffer.
    pub fn continues_into(&self, next: &Self) -> bool {
        Arc::ptr_eq(&self.buf, &next.buf) && self.range.end == next.range.start
    }

    /// Whether these bytes run to the end of their buffer (of the file they came from).
    pub fn reach_the_end(&self) -> bool {
        self.range.end == (*self.buf.data).as_ref().len()
    }

    /// A part of these bytes (`range` relative to them); `None` if it lies outside.
    pub fn slice(&self, range: Range<usize>) -> Option<Self> {
        if range.start > range.end || range.end > self.range.len() {
            return None;
        }
        Some(Self {
            buf: Arc::clone(&self.buf),
            range: self.range.start + range.start..self.range.start + range.end,
        })
    }

    /// The part of these bytes that `part` (a subslice of them) is, without copying.
    pub fn slice_ref(&self, part: &[u8]) -> Option<Self> {
        let base = self.as_ptr() as usize;
        let at = (part.as_ptr() as usize).checked_sub(base)?;
        self.slice(at..at + part.len())
    }
}

impl Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &(*self.buf.data).as_ref()[self.range.clone()]
    }
}

impl fmt::Debug for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&String::from_utf8_lossy(self), f)
    }
}

impl PartialEq for Bytes {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl From<Vec<u8>> for Bytes {
    fn from(v: Vec<u8>) -> Self {
        Self::owned(v)
    }
}

impl From<&[u8]> for Bytes {
    fn from(v: &[u8]) -> Self {
        Self::owned(v.to_vec())
    }
}

/// Shared UTF-8 text: [`Bytes`] checked to be UTF-8 when made.
#[derive(Clone, PartialEq)]
pub struct Text(Bytes);

impl Text {
    /// `bytes` as text, if they are UTF-8.
    pub fn new(bytes: Bytes) -> Option<Self> {
        std::str::from_utf8(&bytes).is_ok().then_some(Self(bytes))
    }

    /// The part of `bytes` (UTF-8) that `part`, a subslice of their text, is.
    pub fn slice_ref(bytes: &Bytes, part: &str) -> Option<Self> {
        bytes.slice_ref(part.as_bytes()).map(Self)
    }

    /// The text's bytes, without the UTF-8 check that going through `str` makes: what is
    /// written to a run's input (megabytes for some exercises) needs no `str`.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        // Every `Text` was checked to be UTF-8 (`new`) or made from a `str`, and its bytes never
        // change, so this check always passes; it costs little next to what is done with it.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Self(Bytes::owned(s.into_bytes()))
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Self::from(s.to_string())
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        &**self == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_share_one_buffer_and_stay_in_bounds() {
        let all = Bytes::owned(b"[1,2] 42".to_vec());
        let args = all.slice(0..5).unwrap();
        assert_eq!(&*args, b"[1,2]");
        let inner = args.slice(1..4).unwrap();
        assert_eq!(&*inner, b"1,2");
        assert!(args.slice(3..6).is_none(), "past the end of the slice");
        #[allow(clippy::reversed_empty_ranges)]
        let backwards = 6..5;
        assert!(all.slice(backwards).is_none());
        let part = &all[6..8];
        assert_eq!(&*all.slice_ref(part).unwrap(), b"42");
        assert!(args.slice_ref(part).is_none(), "outside the slice");
        assert!(all.slice_ref(b"42").is_none(), "not a part of it");
    }

    #[test]
    fn slices_of_a_file_know_where_they_lie() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, b"headAAABB").unwrap();
        let all = Bytes::of_file(
            File::open(&path).unwrap(),
            Box::new(std::fs::read(&path).unwrap()),
        );
        let (a, b) = (all.slice(4..7).unwrap(), all.slice(7..9).unwrap());
        assert_eq!(a.in_file().map(|(_, at)| at), Some(4));
        assert!(a.continues_into(&b) && !b.continues_into(&a));
        assert!(b.reach_the_end() && !a.reach_the_end());
        let copy = Bytes::owned(b"headAAABB".to_vec());
        assert!(copy.in_file().is_none());
        assert!(
            !a.continues_into(&copy.slice(7..9).unwrap()),
            "another buffer"
        );
    }

    #[test]
    fn text_is_checked_utf8() {
        assert!(Text::new(Bytes::owned(vec![0xff, 0x41])).is_none());
        let t = Text::new(Bytes::owned("é=1".as_bytes().to_vec())).unwrap();
        assert_eq!(&*t, "é=1");
        assert_eq!(t, "é=1");
        assert_eq!(format!("{t:?}"), "\"é=1\"");
        assert_eq!(t.as_bytes(), "é=1".as_bytes());
        let part = Text::slice_ref(&Bytes::owned(b"x=[1]".to_vec()), "[1]");
        assert!(part.is_none(), "not a part of those bytes");
    }
}
