//! The workspace's progress: attempts, hints, give-ups, the attempt clock and mock rounds,
//! kept in `./.grind/progress.json` (`store`), and what is derived from it: stats, streaks,
//! suggestions and spaced-repetition reviews (`stats`).

pub mod clock;
pub mod stats;
pub mod store;

pub use store::{Attempt, ExerciseState, Mock, Progress, Store};
