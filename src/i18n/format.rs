//! Numbers and lists in the run's language: "`a`, `b` en `c`", a count with its
//! noun, a percentage and a file size.

use super::{Lang, current, pick};

/// "`a`, `b` en `c`" (in English: "`a`, `b` and `c`").
pub fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    let and = pick("en", "and");
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// "1 fout" or "3 fouten": a count with the right form of the noun.
pub fn count(n: usize, one: &str, more: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { more })
}

/// Tenths of a percent as a percentage: `94,1%` (in English `94.1%`).
pub fn percent(permille: u32) -> String {
    if current() == Lang::En {
        return format!("{}.{}%", permille / 10, permille % 10);
    }
    format!("{},{}%", permille / 10, permille % 10)
}

/// A file size: `33.0 MiB`, or bytes below a mebibyte.
pub fn bytes(n: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if n >= MIB {
        format!("{:.1} MiB", n as f64 / MIB as f64)
    } else {
        format!("{n} bytes")
    }
}
