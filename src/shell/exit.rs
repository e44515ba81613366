//! The exit codes, chosen on purpose and kept in one place.
//!
//! A plain 1 is reserved for "the map has errors" (`check`), so CI can tell a
//! broken map from a broken call. 3 tells a script that `advise` needs one more
//! answer: not an error, a question.

use std::process::ExitCode;

/// Why the process ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Done: a plan was shown or saved.
    Success = 0,
    /// `check` found errors in the map.
    Findings = 1,
    /// A wrong call, a map or answers file that cannot be loaded, or a file that
    /// cannot be written. Nothing was written.
    Usage = 2,
    /// `advise` needs another answer; the question is on standard output.
    NeedsAnswer = 3,
    /// The user stopped the questionnaire (Esc, Ctrl-C). Nothing was written.
    Interrupted = 130,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit as u8)
    }
}
