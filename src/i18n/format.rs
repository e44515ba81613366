//! Numbers and lists in a language: "`a`, `b` en `c`", a count with its noun,
//! a percentage and a file size. The language is passed in; its marks (the
//! decimal comma, the word "en") come from the catalogue.

use super::Lang;
use super::catalogue::{Args, message};

/// "`a`, `b` en `c`" (in English: "`a`, `b` and `c`").
pub fn list(lang: Lang, items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let and = message(lang, "lijst-en", &Args::new());
            format!("{} {and} {last}", rest.join(", "))
        }
    }
}

/// "1 fout" or "3 fouten": a count with the right form of the noun.
pub fn count(n: usize, one: &str, more: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { more })
}

/// A number with one decimal, with the language's decimal mark: `94,1`.
fn one_decimal(lang: Lang, whole: u64, tenth: u64) -> String {
    let mark = message(lang, "decimaalteken", &Args::new());
    format!("{whole}{mark}{tenth}")
}

/// Tenths of a percent as a percentage: `94,1%` (in English `94.1%`).
pub fn percent(lang: Lang, permille: u32) -> String {
    let permille = u64::from(permille);
    format!("{}%", one_decimal(lang, permille / 10, permille % 10))
}

/// A file size: `33,0 MiB` (in English `33.0 MiB`), or bytes below a mebibyte.
pub fn bytes(lang: Lang, n: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if n >= MIB {
        let mark = message(lang, "decimaalteken", &Args::new());
        let mib = format!("{:.1}", n as f64 / MIB as f64);
        format!("{} MiB", mib.replace('.', &mark))
    } else {
        format!("{n} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_writes_a_decimal_comma_and_english_a_point() {
        // See: issue 15 (Dutch messages wrote "33.0 MiB" next to "94,1%").
        let size = 33 * 1024 * 1024 + 10;
        assert_eq!(bytes(Lang::Nl, size), "33,0 MiB");
        assert_eq!(bytes(Lang::En, size), "33.0 MiB");
        assert_eq!(bytes(Lang::Nl, 1024 * 1024 * 3 / 2), "1,5 MiB");
        assert_eq!(bytes(Lang::Nl, 500), "500 bytes");
        assert_eq!(percent(Lang::Nl, 941), "94,1%");
        assert_eq!(percent(Lang::En, 941), "94.1%");
        assert_eq!(percent(Lang::Nl, 1000), "100,0%");
    }

    #[test]
    fn a_list_ends_with_the_languages_and() {
        let items = ["a", "b", "c"].map(String::from);
        assert_eq!(list(Lang::Nl, &items), "`a`, `b` en `c`");
        assert_eq!(list(Lang::En, &items), "`a`, `b` and `c`");
        assert_eq!(list(Lang::En, &items[..1]), "`a`");
        assert_eq!(list(Lang::En, &[]), "");
    }
}
