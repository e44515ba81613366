//! The clock, read in one place: today's date in the Netherlands, or a fixed
//! date for reproducible output. Everything below the shell gets the date as
//! a value.

use crate::core::date::Date;

/// Today's date in the Netherlands, or the date of `SOURCE_DATE_EPOCH` when set
/// (for reproducible output, as in reproducible builds).
pub fn today() -> Date {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0))
        });
    Date::from_unix_seconds(seconds + crate::core::date::amsterdam_offset_seconds(seconds))
}
