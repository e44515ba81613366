//! The tool's own words, one Fluent catalogue per language, compiled into the
//! binary from `locales/<code>/*.ftl`.
//!
//! A message is looked up by its id in the language asked for and, where that
//! catalogue lacks it, in Dutch: a run never fails on a missing translation,
//! while the completeness test below fails the build's tests on one. Fluent
//! picks plural forms by the CLDR rules of the language (`{ $n -> [one] … *[other] … }`).
//! Bidi isolation marks are off: Dutch and English need none, and they would
//! land as invisible characters in terminals, snapshots and JSON.
//!
//! The catalogues are constant data, parsed once on first use; the language
//! is always passed in, never read from anywhere.

use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::sync::LazyLock;

/// The files of one language's catalogue, in a fixed order.
macro_rules! catalogue {
    ($code:literal) => {
        [
            include_str!(concat!("../../locales/", $code, "/diagnostics.ftl")),
            include_str!(concat!("../../locales/", $code, "/findings.ftl")),
            include_str!(concat!("../../locales/", $code, "/school.ftl")),
            include_str!(concat!("../../locales/", $code, "/kaart.ftl")),
            include_str!(concat!("../../locales/", $code, "/regions.ftl")),
            include_str!(concat!("../../locales/", $code, "/paper.ftl")),
            include_str!(concat!("../../locales/", $code, "/views.ftl")),
            include_str!(concat!("../../locales/", $code, "/answers.ftl")),
            include_str!(concat!("../../locales/", $code, "/ask.ftl")),
            include_str!(concat!("../../locales/", $code, "/shell.ftl")),
            include_str!(concat!("../../locales/", $code, "/help.ftl")),
            include_str!(concat!("../../locales/", $code, "/report.ftl")),
            include_str!(concat!("../../locales/", $code, "/plan.ftl")),
        ]
    };
}

/// The shipped catalogues. A new language is one line here (and its
/// [`Lang`] variant); Dutch comes first, as the fallback.
const CATALOGUES: [(Lang, [&str; 13]); 2] =
    [(Lang::Nl, catalogue!("nl")), (Lang::En, catalogue!("en"))];

/// Arguments of a message: `$name` and its value.
pub type Args<'a> = FluentArgs<'a>;

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<Vec<(Lang, Bundle)>> = LazyLock::new(|| bundles(&CATALOGUES));

fn bundles<const N: usize>(catalogues: &[(Lang, [&str; N])]) -> Vec<(Lang, Bundle)> {
    catalogues
        .iter()
        .map(|(lang, files)| {
            let id = lang.code().parse().expect("a valid language code");
            let mut bundle = Bundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            for text in files {
                let resource = FluentResource::try_new((*text).to_string())
                    .unwrap_or_else(|(_, errors)| panic!("a catalogue of {lang:?}: {errors:?}"));
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|errors| panic!("a catalogue of {lang:?}: {errors:?}"));
            }
            (*lang, bundle)
        })
        .collect()
}

/// The message `id` in `lang` (Dutch where `lang` lacks it), with `args`
/// filled in; the id itself when no catalogue has it.
pub fn message(lang: Lang, id: &str, args: &Args) -> String {
    format(&BUNDLES, lang, id, None, args).unwrap_or_else(|| {
        // Every test run in a debug build stops at an id no catalogue has.
        debug_assert!(false, "no message `{id}` in the catalogue");
        id.to_string()
    })
}

/// The attribute `attribute` of message `id` (`.help`), in `lang` or Dutch;
/// `None` when the message has no such attribute.
pub fn attribute(lang: Lang, id: &str, attribute: &str, args: &Args) -> Option<String> {
    format(&BUNDLES, lang, id, Some(attribute), args)
}

fn format(
    bundles: &[(Lang, Bundle)],
    lang: Lang,
    id: &str,
    attribute: Option<&str>,
    args: &Args,
) -> Option<String> {
    [lang, Lang::Nl].into_iter().find_map(|lang| {
        let (_, bundle) = bundles.iter().find(|(l, _)| *l == lang)?;
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            None => message.value()?,
            Some(name) => message.get_attribute(name)?.value(),
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(args), &mut errors);
        debug_assert!(errors.is_empty(), "message {id}: {errors:?}");
        Some(text.into_owned())
    })
}

/// `message` with named arguments: `t!(lang, "regel-faalt", rule = id)`.
/// A value is a string or a number (numbers choose plural forms).
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:expr $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = $crate::i18n::catalogue::Args::new();
        $( args.set(stringify!($name), $value); )*
        $crate::i18n::catalogue::message($lang, $id, &args)
    }};
}

/// The `.help` attribute of a message, with named arguments, as [`t!`].
#[macro_export]
macro_rules! t_help {
    ($lang:expr, $id:expr $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = $crate::i18n::catalogue::Args::new();
        $( args.set(stringify!($name), $value); )*
        $crate::i18n::catalogue::attribute($lang, $id, "help", &args)
    }};
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::BTreeMap;

    /// Every message of a catalogue: id (with `.attribute`) → its variables.
    fn messages(files: &[&str]) -> BTreeMap<String, Vec<String>> {
        fn variables(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
            for element in &pattern.elements {
                if let ast::PatternElement::Placeable { expression } = element {
                    expression_variables(expression, out);
                }
            }
        }
        fn expression_variables(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
            match expression {
                ast::Expression::Select { selector, variants } => {
                    inline_variables(selector, out);
                    for variant in variants {
                        variables(&variant.value, out);
                    }
                }
                ast::Expression::Inline(inline) => inline_variables(inline, out),
            }
        }
        fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
            match inline {
                ast::InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
                ast::InlineExpression::Placeable { expression } => {
                    expression_variables(expression, out);
                }
                _ => {}
            }
        }
        let mut found = BTreeMap::new();
        for text in files {
            let resource = fluent_syntax::parser::parse(*text).expect("the catalogue parses");
            for entry in resource.body {
                if let ast::Entry::Message(message) = entry {
                    let mut own = Vec::new();
                    if let Some(value) = &message.value {
                        variables(value, &mut own);
                    }
                    own.sort();
                    own.dedup();
                    found.insert(message.id.name.to_string(), own);
                    for attribute in &message.attributes {
                        let mut own = Vec::new();
                        variables(&attribute.value, &mut own);
                        own.sort();
                        own.dedup();
                        found.insert(format!("{}.{}", message.id.name, attribute.id.name), own);
                    }
                }
            }
        }
        found
    }

    #[test]
    fn every_language_has_every_message_with_the_same_placeables() {
        let dutch = messages(&CATALOGUES[0].1);
        assert!(!dutch.is_empty());
        for (lang, files) in &CATALOGUES[1..] {
            let other = messages(files);
            let missing: Vec<&String> =
                dutch.keys().filter(|id| !other.contains_key(*id)).collect();
            let extra: Vec<&String> = other.keys().filter(|id| !dutch.contains_key(*id)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang:?}: missing {missing:?}, not in Dutch {extra:?}"
            );
            for (id, variables) in &dutch {
                assert_eq!(&other[id], variables, "{lang:?}: the placeables of {id}");
            }
        }
    }

    /// The Dutch texts address the reader as "u", as the whole tool does;
    /// "je" crept back in before ("bedoelde je …?").
    #[test]
    fn the_dutch_catalogue_says_u_never_je() {
        let informal = ["je", "jij", "jou", "jouw", "jezelf"];
        for text in CATALOGUES[0].1 {
            for (n, line) in text.lines().enumerate() {
                if line.trim_start().starts_with('#') {
                    continue;
                }
                let words = line.split(|c: char| !c.is_alphanumeric());
                for word in words {
                    assert!(
                        !informal.contains(&word.to_lowercase().as_str()),
                        "\"{word}\" in a Dutch catalogue line {}: {line}",
                        n + 1
                    );
                }
            }
        }
    }

    #[test]
    fn a_missing_message_falls_back_to_dutch_and_plurals_follow_the_language() {
        let _ = &*BUNDLES;
        let bundles = bundles(&[
            (
                Lang::Nl,
                [
                    "beide = Nederlands\nalleen-nl = alleen Nederlands\n",
                    "fouten = { $n ->\n    [one] { $n } fout\n   *[other] { $n } fouten\n}\n",
                    "",
                ],
            ),
            (
                Lang::En,
                [
                    "beide = English\n",
                    "fouten = { $n ->\n    [one] { $n } error\n   *[other] { $n } errors\n}\n",
                    "",
                ],
            ),
        ]);
        let none = Args::new();
        let text = |lang, id: &str, args: &Args| format(&bundles, lang, id, None, args);
        assert_eq!(text(Lang::En, "beide", &none).as_deref(), Some("English"));
        assert_eq!(
            text(Lang::En, "alleen-nl", &none).as_deref(),
            Some("alleen Nederlands")
        );
        assert_eq!(text(Lang::En, "geen", &none), None);
        let mut one = Args::new();
        one.set("n", 1);
        let mut two = Args::new();
        two.set("n", 2);
        assert_eq!(text(Lang::Nl, "fouten", &one).as_deref(), Some("1 fout"));
        assert_eq!(text(Lang::Nl, "fouten", &two).as_deref(), Some("2 fouten"));
        assert_eq!(text(Lang::En, "fouten", &two).as_deref(), Some("2 errors"));
    }
}
