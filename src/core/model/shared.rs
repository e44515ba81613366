//! What the file types share: the pattern of an id, and maps read in the
//! order the file writes them.

use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_saphyr::Spanned;
use std::fmt;

/// What the loader takes as an id or option value (`resolve::is_valid_id`), as
/// a JSON Schema pattern: ASCII letters, digits, `-`, `_` and `.`, starting
/// with a letter or digit.
pub(super) const ID: &str = "^[A-Za-z0-9][A-Za-z0-9._-]*$";

/// Deserializes a YAML mapping into a list of pairs, keeping the authors' order
/// and the key positions (a `HashMap` would lose both).
pub(super) fn ordered_map<'de, D, V>(deserializer: D) -> Result<Vec<(Spanned<String>, V)>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct PairsVisitor<V>(std::marker::PhantomData<V>);

    impl<'de, V: Deserialize<'de>> Visitor<'de> for PairsVisitor<V> {
        type Value = Vec<(Spanned<String>, V)>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a mapping")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
            let mut pairs = Vec::new();
            while let Some(key) = access.next_key::<Spanned<String>>()? {
                pairs.push((key, access.next_value()?));
            }
            Ok(pairs)
        }
    }

    deserializer.deserialize_map(PairsVisitor(std::marker::PhantomData))
}
