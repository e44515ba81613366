//! Self-contained HTML for paper: one file with its own print stylesheet, no
//! external resources and no script, so it opens and prints the same in any
//! browser, offline, years later.
//!
//! The stylesheet is for A4 (`@page { size: A4 }`: Chromium otherwise prints
//! on Letter): words are never cut (no hyphenation; only an address longer
//! than a line may break), tables wrap inside the page width, a chapter starts
//! on a new page, and urgency reads in black and white: in words, and with a
//! border that is heavier the more urgent (no colour is needed).
//!
//! Every text from a map passes [`escape`]; addresses become links only when
//! they are `http(s)://` (see [`link`]). [`plan`] renders a plan; export and
//! the routekaart page build on [`page`] and the helpers here.

pub mod plan;

use crate::core::map::Urgency;
use std::fmt::Write as _;

/// The print stylesheet shared by every HTML output.
const STYLE: &str = r#"
@page { size: A4; margin: 14mm 15mm 14mm 15mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 9.5pt; line-height: 1.28; color: #000; background: #fff; }
body { margin: 0 auto; max-width: 180mm; }
h1, h2, h3, h4, p, ul, ol, dl { margin: 0; }
h1 { font-size: 14pt; }
h2 { font-size: 10pt; letter-spacing: 0.04em; margin-top: 2.6mm; padding-bottom: 0.4mm; border-bottom: 0.6pt solid #000; break-after: avoid; }
h3 { font-size: 10pt; margin-top: 2mm; break-after: avoid; }
h4 { font-size: 9.5pt; margin-top: 1.5mm; break-after: avoid; }
p, li, dd, td, th { hyphens: manual; overflow-wrap: break-word; word-break: normal; }
a { color: #000; text-decoration: none; }
ul, ol { padding-left: 5mm; }
li { margin-top: 0.3mm; }
.head { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; }
.identity { font-size: 8.5pt; }
.muted { font-size: 8.5pt; }
.contacts { padding-left: 0; list-style: none; }
.contact { margin-top: 1.2mm; padding-left: 2.5mm; border-left: 1pt dotted #000; break-inside: avoid; }
.contact.u-acuut { border-left: 3pt solid #000; }
.contact.u-vandaag { border-left: 2pt solid #000; }
.contact.u-deze-week { border-left: 1pt solid #000; }
.who { font-weight: bold; }
.place { font-weight: bold; letter-spacing: 0.04em; }
.urgency { display: inline-block; font-weight: bold; font-size: 8.5pt; padding: 0 1.2mm; border: 0.8pt dotted #000; white-space: nowrap; }
.urgency.u-acuut { border: 2pt solid #000; text-transform: uppercase; }
.urgency.u-vandaag { border: 1.4pt solid #000; }
.urgency.u-deze-week { border: 0.8pt solid #000; }
.label { font-weight: bold; }
.steps { margin-top: 0.3mm; }
.fill .line { display: flex; align-items: flex-end; gap: 2mm; min-height: 7.5mm; }
.fill .line span { white-space: nowrap; font-weight: bold; }
.fill .line i { flex: 1; border-bottom: 0.6pt solid #000; }
footer { margin-top: 2.5mm; font-size: 8.5pt; }
.close h2 { margin-top: 1.2mm; }
.close .contact { margin-top: 0.8mm; }
.close .fill .line { min-height: 6mm; }
.close footer { margin-top: 1.2mm; }
.chapter { break-before: page; }
.identity dt, .identity dd { display: inline; margin: 0; font-weight: normal; }
.entry { margin-top: 2mm; break-inside: avoid; }
.part { margin-top: 2mm; }
table { width: 100%; border-collapse: collapse; table-layout: auto; margin-top: 1mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 0.6mm 1.5mm; border-bottom: 0.5pt solid #000; }
th { border-bottom: 1pt solid #000; }
.kaart .worry { margin-top: 1.2mm; padding-left: 5mm; text-indent: -5mm; }
.kaart .worry.topic { margin-top: 0.4mm; margin-left: 4mm; }
.kaart .urgency { text-indent: 0; font-size: 8pt; padding: 0 0.8mm; }
@media screen { body { padding: 10mm; } }
"#;

/// Text made safe for HTML, in an element or an attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// An address as a link when it is a web address (`http://` or `https://`,
/// nothing that could end the attribute), printed without its scheme;
/// anything else as escaped text.
pub fn link(address: &str) -> String {
    let address = address.trim();
    let web = (address.starts_with("https://") || address.starts_with("http://"))
        && !address.contains(|c: char| c.is_whitespace() || c.is_control());
    let shown = escape(&crate::render::page::bare_url(address));
    if web {
        format!("<a href=\"{}\">{shown}</a>", escape(address))
    } else {
        escape(address)
    }
}

/// The CSS class of an urgency (`u-deze-week`), as the JSON names it.
pub fn urgency_class(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Acuut => "u-acuut",
        Urgency::Vandaag => "u-vandaag",
        Urgency::DezeWeek => "u-deze-week",
        Urgency::Regulier => "u-regulier",
    }
}

/// An urgency as a badge: the words, framed heavier the more urgent.
pub fn urgency_badge(urgency: Urgency) -> String {
    format!(
        "<span class=\"urgency {}\">{}</span>",
        urgency_class(urgency),
        escape(crate::render::urgency_words(urgency))
    )
}

/// A whole HTML file: the language, the title (escaped here) and the body
/// (already HTML).
pub fn page(title: &str, body: &str) -> String {
    let lang = crate::i18n::current().code();
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title)
    );
    out
}

/// A list of items (escaped here) as `<ul>`; nothing when there are none.
pub fn list(items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let mut out = String::from("<ul>\n");
    for item in items {
        let _ = writeln!(out, "<li>{}</li>", escape(item));
    }
    out.push_str("</ul>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_text_never_becomes_markup() {
        assert_eq!(
            escape(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(
            link("https://a.example/x?a=1&b=2"),
            "<a href=\"https://a.example/x?a=1&amp;b=2\">a.example/x?a=1&amp;b=2</a>"
        );
        assert_eq!(link("javascript:alert(1)"), "javascript:alert(1)");
        assert_eq!(
            link("https://a.example/\" onclick=\"x"),
            "https://a.example/&quot; onclick=&quot;x"
        );
    }

    #[test]
    fn a_page_is_self_contained() {
        let html = page("T <1>", "<p>x</p>\n");
        assert!(html.contains("<title>T &lt;1&gt;</title>"));
        assert!(html.contains("@page { size: A4;"));
        for external in ["<script", "<link", "src=", "@import", "url("] {
            assert!(!html.contains(external), "{external}");
        }
    }
}
