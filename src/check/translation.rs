//! Whether a map's texts are in the languages it declares: with `talen: [nl,
//! en]`, each text without English is a warning at its place; English texts
//! in a map that does not declare `en` are an error, because then nothing
//! checks that the English is complete and a reader gets a plan in two
//! languages unnoticed.

use crate::core::diagnostic::Diagnostic;
use crate::core::finding::Finding;
use crate::core::map::Map;

/// Adds the findings about the map's translation to `out`.
pub fn check(map: &Map, out: &mut Vec<Diagnostic>) {
    let translation = &map.translation;
    if translation.declared {
        for missing in &translation.missing {
            out.push(Diagnostic::finding(
                Finding::Untranslated {
                    owner: missing.owner.clone(),
                    field: missing.field.clone(),
                },
                missing.location.clone(),
            ));
        }
    } else if translation.has_english {
        out.push(Diagnostic::finding(
            Finding::UndeclaredLanguage,
            translation.location.clone(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::source::SourceFile;

    /// The fixture `klein` with `edit` applied to one file's text.
    fn map_with(file: &str, edit: impl Fn(&str) -> String) -> Map {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/klein");
        let sources: Vec<SourceFile> = crate::core::compile::MAP_FILES
            .iter()
            .map(|name| {
                let text = std::fs::read_to_string(dir.join(name)).unwrap();
                let text = if *name == file { edit(&text) } else { text };
                SourceFile::new(*name, text)
            })
            .collect();
        crate::core::compile::from_sources(&sources).unwrap()
    }

    fn findings(map: &Map) -> Vec<(String, Option<(u32, u32)>)> {
        let mut out = Vec::new();
        check(map, &mut out);
        out.iter()
            .map(|d| {
                (
                    d.kind.message(crate::i18n::Lang::Nl),
                    d.location.as_ref().map(|l| (l.line, l.column)),
                )
            })
            .collect()
    }

    #[test]
    fn a_dutch_map_that_declares_nothing_is_fine() {
        let map = map_with("routekaart.yaml", str::to_string);
        assert!(findings(&map).is_empty());
    }

    #[test]
    fn english_without_the_declaration_is_an_error() {
        let map = map_with("vragen.yaml", |t| {
            t.replacen(
                "tekst: Waar staat de school?",
                "tekst: {nl: Waar staat de school?, en: Where is the school?}",
                1,
            )
        });
        let found = findings(&map);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.contains("noemt geen Engels"), "{found:?}");
    }

    #[test]
    fn a_declared_map_reports_each_text_without_english_at_its_place() {
        let map = map_with("routekaart.yaml", |t| format!("{t}talen: [nl, en]\n"));
        let found = findings(&map);
        assert!(!found.is_empty());
        let school = found
            .iter()
            .find(|(message, _)| message == "vraag `school`: `tekst` heeft geen Engelse tekst")
            .unwrap_or_else(|| panic!("{found:?}"));
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/klein/vragen.yaml"),
        )
        .unwrap();
        let line = text
            .lines()
            .position(|l| l.contains("tekst: Waar staat de school?"))
            .unwrap();
        assert_eq!(school.1, Some((line as u32 + 1, 12)));
    }

    #[test]
    fn english_where_given_and_dutch_where_not() {
        let map = map_with("vragen.yaml", |t| {
            t.replacen(
                "tekst: Waar staat de school?",
                "tekst:\n      nl: Waar staat de school?\n      en: Where is the school?",
                1,
            )
        });
        let en = crate::i18n::Lang::En;
        assert_eq!(map.questions[0].tekst.get(en), "Where is the school?");
        assert_eq!(map.questions[1].tekst.get(en), "Waar woont de leerling?");
        let dutch = map_with("vragen.yaml", |t| {
            t.replacen(
                "tekst: Waar staat de school?",
                "tekst: {nl: Waar staat de school?, en: Where is the school?}",
                1,
            )
        });
        assert_eq!(dutch.questions[0].tekst.get(en), "Where is the school?");
        assert_eq!(dutch.questions[0].tekst.nl, "Waar staat de school?");
    }
}
