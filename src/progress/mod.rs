//! The workspace's progress: attempts, hints, give-ups, the attempt clock and mock rounds,
//! kept in `./.grind/progress.json` (`store`), and what is derived from it: stats, streaks,
//! suggestions, spaced-repetition reviews and the mock countdown (`stats`).
//!
//! **May import:** `catalog` (stats are per exercise) and `verdict`.

pub mod clock;
pub mod stats;
mod store;
mod verdict;

pub use clock::Clock;
#[cfg(test)]
pub use store::ExerciseState;
pub use store::{Attempt, Mock, Progress, Store};
