//! The directory and the advices' content: contact data that a school can use,
//! dates that are recent, nothing unused, and advices that say what to do and why.

use super::shape::Reach;
use crate::core::date::Date;
use crate::core::diagnostic::Diagnostic;
use crate::core::finding::Finding;
use crate::core::ids::IdKind;
use crate::core::map::{ContactTarget, Map};
use crate::core::source::Location;

/// Which organisations a reachable advice can name, directly or through a role
/// in some gemeente (or outside the map).
fn contacted(map: &Map, reach: &Reach) -> Vec<bool> {
    let mut contacted = vec![false; map.organisations.len()];
    // Each role once: advices x gemeenten would be quadratic in a national map.
    let mut role_seen = vec![false; map.roles.len()];
    for a in reach.advices() {
        for contact in &map.advices[a].contacts {
            match contact.target {
                ContactTarget::Organisation(o) => contacted[o] = true,
                ContactTarget::Role(role) => {
                    if std::mem::replace(&mut role_seen[role], true) {
                        continue;
                    }
                    for gemeente in &map.gemeenten {
                        if let Some(&o) = gemeente.roles.get(&role) {
                            contacted[o] = true;
                        }
                    }
                    if let Some(o) = map.roles[role].outside_map {
                        contacted[o] = true;
                    }
                }
            }
        }
    }
    contacted
}

/// Contact data: each contacted organisation reachable somehow; every phone
/// number, e-mail address and website well-formed.
pub fn contact_data(map: &Map, reach: &Reach, out: &mut Vec<Diagnostic>) {
    let contacted = contacted(map, reach);
    for (o, org) in map.organisations.iter().enumerate() {
        let at = &org.locations;
        if contacted[o] && org.telefoon.is_none() && org.email.is_none() && org.website.is_none() {
            out.push(Diagnostic::finding(
                Finding::NoContactData {
                    organisation: org.id.clone(),
                },
                at.id.clone(),
            ));
        }
        type Check = (fn(&str) -> bool, fn(String, String) -> Finding);
        let fields: [(&Option<String>, &Option<Location>, Check); 3] = [
            (
                &org.telefoon,
                &at.telefoon,
                (is_dutch_phone, |organisation, value| Finding::BadPhone {
                    organisation,
                    value,
                }),
            ),
            (
                &org.email,
                &at.email,
                (is_email, |organisation, value| Finding::BadEmail {
                    organisation,
                    value,
                }),
            ),
            (
                &org.website,
                &at.website,
                (is_website, |organisation, value| Finding::BadWebsite {
                    organisation,
                    value,
                }),
            ),
        ];
        for (value, location, (valid, finding)) in fields {
            if let Some(value) = value.as_ref().filter(|v| !valid(v)) {
                out.push(Diagnostic::finding(
                    finding(org.id.clone(), value.clone()),
                    location.clone(),
                ));
            }
        }
    }
}

/// Dates: `gecontroleerd` (confirmed with the organisation) or `bron_bekeken`
/// (the source seen) present, and each one given at most `max_age_months` old;
/// no entry past its `geldig_tot`.
pub fn dates(map: &Map, today: Date, max_age_months: u32, out: &mut Vec<Diagnostic>) {
    let oldest = today.months_earlier(max_age_months);
    for org in &map.organisations {
        let at = &org.locations;
        let checked = org.gecontroleerd.as_deref().and_then(Date::parse);
        let seen = org.bron_bekeken.as_deref().and_then(Date::parse);
        if checked.is_none() && seen.is_none() {
            out.push(Diagnostic::finding(
                Finding::NotChecked {
                    organisation: org.id.clone(),
                },
                at.id.clone(),
            ));
        }
        type Stale = fn(String, String, u32) -> Finding;
        let stale: [(Option<Date>, Stale, &Option<Location>); 2] = [
            (
                checked,
                |organisation, date, months| Finding::CheckedLongAgo {
                    organisation,
                    date,
                    months,
                },
                &at.gecontroleerd,
            ),
            (
                seen,
                |organisation, date, months| Finding::SourceSeenLongAgo {
                    organisation,
                    date,
                    months,
                },
                &at.bron_bekeken,
            ),
        ];
        for (date, finding, location) in stale {
            if let Some(date) = date.filter(|d| *d < oldest) {
                out.push(Diagnostic::finding(
                    finding(org.id.clone(), date.iso(), max_age_months),
                    location.clone(),
                ));
            }
        }
        let checks = [
            ("gecontroleerd", checked, &at.gecontroleerd),
            ("bron_bekeken", seen, &at.bron_bekeken),
        ];
        for (field, date, location) in checks {
            if let Some(date) = date.filter(|d| *d > today) {
                out.push(Diagnostic::finding(
                    Finding::DateInFuture {
                        organisation: org.id.clone(),
                        field,
                        date: date.iso(),
                    },
                    location.clone(),
                ));
            }
        }
        expired(
            IdKind::Organisation,
            &org.id,
            org.geldig_tot.as_deref(),
            &at.geldig_tot,
            today,
            out,
        );
    }
    for advice in &map.advices {
        expired(
            IdKind::Advice,
            &advice.id,
            advice.geldig_tot.as_deref(),
            &advice.geldig_tot_location,
            today,
            out,
        );
    }
}

fn expired(
    kind: IdKind,
    id: &str,
    until: Option<&str>,
    location: &Option<Location>,
    today: Date,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(until) = until.and_then(Date::parse).filter(|d| *d < today) {
        out.push(Diagnostic::finding(
            Finding::Expired {
                kind,
                id: id.to_string(),
                date: until.iso(),
            },
            location.clone(),
        ));
    }
}

/// Warnings about content: organisations and roles nothing uses; advices
/// without steps or legal basis.
pub fn content(map: &Map, out: &mut Vec<Diagnostic>) {
    let mut used_org = vec![false; map.organisations.len()];
    let mut used_role = vec![false; map.roles.len()];
    for advice in &map.advices {
        for contact in &advice.contacts {
            match contact.target {
                ContactTarget::Organisation(o) => used_org[o] = true,
                ContactTarget::Role(r) => used_role[r] = true,
            }
        }
    }
    for gemeente in &map.gemeenten {
        for &o in gemeente.roles.values() {
            used_org[o] = true;
        }
    }
    for role in &map.roles {
        if let Some(o) = role.outside_map {
            used_org[o] = true;
        }
    }
    for (org, used) in map.organisations.iter().zip(used_org) {
        if !used {
            out.push(Diagnostic::finding(
                Finding::UnusedOrganisation { id: org.id.clone() },
                org.locations.id.clone(),
            ));
        }
    }
    for (role, used) in map.roles.iter().zip(used_role) {
        if !used {
            out.push(Diagnostic::finding(
                Finding::UnusedRole {
                    id: role.id.clone(),
                },
                role.location.clone(),
            ));
        }
    }
    for advice in &map.advices {
        if advice.grondslag.is_empty() {
            out.push(Diagnostic::finding(
                Finding::NoLegalBasis {
                    advice: advice.id.clone(),
                },
                advice.location.clone(),
            ));
        }
        if advice.stappen.is_empty() {
            out.push(Diagnostic::finding(
                Finding::NoSteps {
                    advice: advice.id.clone(),
                },
                advice.location.clone(),
            ));
        }
    }
}

/// A Dutch phone number as people write it: spaces, dashes, dots and
/// parentheses are ignored. Accepted: 112; 14 + an area code without its 0
/// (3 or 4 digits); 0800/0900/0906/0909 + 4 or 7 digits; 10 digits from 0;
/// +31 or 0031 + 9 digits.
pub fn is_dutch_phone(text: &str) -> bool {
    if text
        .chars()
        .any(|c| !(c.is_ascii_digit() || " -.()+".contains(c)))
    {
        return false;
    }
    let plus = text.trim_start().starts_with('+');
    // `+31 (0)20 …`: the trunk 0 in brackets is dropped when dialling from abroad.
    let text = if plus {
        text.replacen("(0)", "", 1)
    } else {
        text.to_string()
    };
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    if plus || digits.starts_with("0031") {
        let national = digits.strip_prefix(if plus { "31" } else { "0031" });
        return national.is_some_and(|n| n.len() == 9 && !n.starts_with('0'));
    }
    if text.contains('+') {
        return false;
    }
    let service = ["0800", "0900", "0906", "0909"];
    match digits.len() {
        _ if digits == "112" => true,
        5 | 6 if digits.starts_with("14") => true,
        8 | 11 if service.iter().any(|p| digits.starts_with(p)) => true,
        10 => digits.starts_with('0') && !digits.starts_with("00"),
        _ => false,
    }
}

/// An e-mail address: one `@`, a non-empty local part, a domain with a dot,
/// no spaces.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let labels: Vec<&str> = domain.split('.').collect();
    !local.is_empty()
        && !text
            .chars()
            .any(|c| c.is_whitespace() || c == ',' || c == ';')
        && !domain.contains('@')
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| tld.len() >= 2)
}

/// A website: `http://` or `https://`, a host with a dot, no spaces.
pub fn is_website(text: &str) -> bool {
    let Some(rest) = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
    else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    !text.chars().any(char::is_whitespace)
        && host.contains('.')
        && host
            .split('.')
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_phone_numbers() {
        for good in [
            "112",
            "0800-2000",
            "0900 1852",
            "0900 111 3 111",
            "020 496 21 21",
            "070 312 28 87",
            "14 020",
            "14 0297",
            "+31 20 496 2121",
            "+31 (0)20 496 2121",
            "(020) 496-2121",
            "0031 20 496 2121",
        ] {
            assert!(is_dutch_phone(good), "{good} should be accepted");
        }
        for bad in [
            "020 496 21",
            "20 496 21 21",
            "0800-20",
            "+32 2 123 45 67",
            "020 496 21 21 ext 3",
            "bel ons",
            "",
            "00 20 496 2121",
            "020+4962121",
        ] {
            assert!(!is_dutch_phone(bad), "{bad} should be refused");
        }
    }

    #[test]
    fn email_addresses() {
        assert!(is_email("leerplicht@duoplus.nl"));
        assert!(is_email("RMC@haarlemmermeer.nl"));
        for bad in [
            "leerplicht@",
            "@duoplus.nl",
            "leerplicht duoplus.nl",
            "a@b",
            "a@b@c.nl",
            "a b@c.nl",
            "a@c..nl",
            "a@c.n",
        ] {
            assert!(!is_email(bad), "{bad} should be refused");
        }
    }

    #[test]
    fn websites() {
        assert!(is_website("https://amstelveen.nl"));
        assert!(is_website("https://duo.nl/zakelijk/verzuim/"));
        assert!(is_website("http://example.org:8080/a?b#c"));
        for bad in [
            "amstelveen.nl",
            "https://",
            "https://localhost",
            "https://amstel veen.nl",
            "ftp://a.nl",
        ] {
            assert!(!is_website(bad), "{bad} should be refused");
        }
    }
}
