//! Calendar dates without a clock: parsing `YYYY-MM-DD` and printing dates
//! the Dutch way (`23-11-2026`) or the English way (`23 November 2026`).
//!
//! The core never reads the clock; the shell passes today's date in (see
//! `shell::clock`). Days are counted with Howard Hinnant's civil-from-days algorithm.

use crate::i18n::Lang;
use crate::t;

/// A date in the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`; `None` for anything else, including 2026-02-30.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        (Date::from_days(date.days()) == date).then_some(date)
    }

    /// The date `seconds` after 1970-01-01 00:00 UTC.
    pub fn from_unix_seconds(seconds: i64) -> Date {
        Date::from_days(seconds.div_euclid(86_400))
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: u32::try_from(month).unwrap_or(1),
            day: u32::try_from(day).unwrap_or(1),
        }
    }

    /// The same day `months` months earlier; the month's last day if it is shorter.
    pub fn months_earlier(self, months: u32) -> Date {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 - i64::from(months);
        let year = i32::try_from(index.div_euclid(12)).unwrap_or(i32::MIN);
        let month = u32::try_from(index.rem_euclid(12) + 1).unwrap_or(1);
        (1..=self.day)
            .rev()
            .map(|day| Date { year, month, day })
            .find(|d| Date::from_days(d.days()) == *d)
            .unwrap_or(Date {
                year,
                month,
                day: 1,
            })
    }

    /// `YYYY-MM-DD`, for files and JSON.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The offset of Dutch time from UTC at `utc_seconds`: one hour, or two in summer
/// time (from the last Sunday of March to the last Sunday of October, 01:00 UTC).
pub fn amsterdam_offset_seconds(utc_seconds: i64) -> i64 {
    let year = Date::from_unix_seconds(utc_seconds).year;
    let switch = |month| last_sunday(year, month) * 86_400 + 3_600;
    if (switch(3)..switch(10)).contains(&utc_seconds) {
        7_200
    } else {
        3_600
    }
}

/// Days since 1970-01-01 of the last Sunday of a 31-day month.
fn last_sunday(year: i32, month: u32) -> i64 {
    let last = Date {
        year,
        month,
        day: 31,
    }
    .days();
    // 1970-01-01 was a Thursday: weekday 4, counting Sunday as 0.
    last - (last + 4).rem_euclid(7)
}

impl Date {
    /// The date as `lang` writes it: in Dutch `23-11-2026`; in English the
    /// month in words, `23 November 2026`, which no reader takes for 11 March.
    /// The form and the month names come from the catalogue.
    pub fn words(self, lang: Lang) -> String {
        if t!(lang, "datum-vorm") == "woorden" {
            let month = t!(lang, "maand", n = self.month);
            format!("{} {month} {:04}", self.day, self.year)
        } else {
            format!("{:02}-{:02}-{:04}", self.day, self.month, self.year)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_dutch_and_english_dates() {
        let date = Date::parse("2026-03-07").unwrap();
        assert_eq!(date.words(Lang::Nl), "07-03-2026");
        assert_eq!(date.words(Lang::En), "7 March 2026");
        let december = Date::parse("2026-12-25").unwrap();
        assert_eq!(december.words(Lang::En), "25 December 2026");
        assert_eq!(
            Date::parse("2026-01-01").unwrap().words(Lang::En),
            "1 January 2026"
        );
    }

    #[test]
    fn counts_months_back() {
        let date = |s| Date::parse(s).unwrap();
        assert_eq!(date("2026-11-23").months_earlier(12), date("2025-11-23"));
        assert_eq!(date("2026-03-31").months_earlier(1), date("2026-02-28"));
        assert_eq!(date("2026-01-15").months_earlier(13), date("2024-12-15"));
    }

    #[test]
    fn round_trips_days() {
        for days in [-800_000, -1, 0, 59, 60, 11_016, 20_415, 800_000] {
            assert_eq!(Date::from_days(days).days(), days);
        }
        assert_eq!(Date::from_days(0).iso(), "1970-01-01");
        assert_eq!(Date::from_unix_seconds(1_795_392_000).iso(), "2026-11-23");
    }

    #[test]
    fn dutch_summer_time() {
        // 2026: summer time from 29 March to 25 October.
        let day = |d: &str| Date::parse(d).unwrap().days() * 86_400;
        assert_eq!(amsterdam_offset_seconds(day("2026-03-29")), 3_600);
        assert_eq!(amsterdam_offset_seconds(day("2026-03-29") + 3_600), 7_200);
        assert_eq!(amsterdam_offset_seconds(day("2026-07-01")), 7_200);
        assert_eq!(amsterdam_offset_seconds(day("2026-10-25") + 3_600), 3_600);
        // 23:30 UTC on 22 November is already 23 November in Amstelveen.
        let late = day("2026-11-22") + 23 * 3_600 + 1_800;
        assert_eq!(
            Date::from_unix_seconds(late + amsterdam_offset_seconds(late)).iso(),
            "2026-11-23"
        );
    }

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(Date::parse("2024-02-29").unwrap().iso(), "2024-02-29");
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "26-11-23",
            "gisteren",
            "2026-1-01",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }
}
