//! Synthetic maps for tests and benchmarks: valid, generated, and as large as
//! asked. Nothing here is real data; organisation names and websites are
//! fictional (`.example`).

pub mod adversarial;
pub mod chain;
pub mod national;
mod national_questions;
mod national_scenarios;

pub use chain::{Files, chain};
pub use national::{Size, national};
