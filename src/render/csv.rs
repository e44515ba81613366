//! CSV as spreadsheets read it (RFC 4180): a header row, fields quoted when
//! they hold a comma, a quote or a line break, lines ending in CRLF.

/// Renders a header and rows as CSV.
pub fn render(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    push_row(&mut out, header.iter().copied());
    for row in rows {
        push_row(&mut out, row.iter().map(String::as_str));
    }
    out
}

fn push_row<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn quotes_only_what_needs_quoting() {
        let rows = vec![vec![
            "gewoon".to_string(),
            "a, b".to_string(),
            "zei \"ja\"".to_string(),
            "twee\nregels".to_string(),
        ]];
        assert_eq!(
            render(&["w", "x", "y", "z"], &rows),
            "w,x,y,z\r\ngewoon,\"a, b\",\"zei \"\"ja\"\"\",\"twee\nregels\"\r\n"
        );
    }
}
