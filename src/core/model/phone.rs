//! A phone number as the map writes it: text, never a number. YAML reads an
//! unquoted `0204962121` as the number 204962121, so the schema (and with it
//! the editor) refuses it, and any other tool that reads the file loses the 0;
//! the loader refuses it too, and says to quote it (`"0204962121"`).

use serde::Deserialize;
use serde::de::{Deserializer, Visitor};
use serde_saphyr::Spanned;
use std::fmt;

/// The `telefoon` of an organisation: text, located.
pub fn phone<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Spanned<String>>, D::Error> {
    let phone = Option::<Spanned<Phone>>::deserialize(deserializer)?;
    Ok(phone.map(|p| Spanned::new(p.value.0, p.referenced, p.defined)))
}

/// A phone number that YAML read as text.
struct Phone(String);

impl<'de> Deserialize<'de> for Phone {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(PhoneVisitor)
    }
}

struct PhoneVisitor;

impl PhoneVisitor {
    fn number<E: serde::de::Error>() -> E {
        E::custom(
            "een telefoonnummer van alleen cijfers leest YAML als getal (dan valt een 0 vooraan \
             weg); zet het nummer tussen aanhalingstekens, zoals telefoon: \"0201234567\"",
        )
    }
}

impl<'de> Visitor<'de> for PhoneVisitor {
    type Value = Phone;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("een telefoonnummer als tekst")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Phone, E> {
        Ok(Phone(v.to_string()))
    }

    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<Phone, E> {
        Err(Self::number())
    }

    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<Phone, E> {
        Err(Self::number())
    }

    /// How the YAML reader hands over a long run of digits (`0204962121`).
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Phone, E> {
        Err(Self::number())
    }
}
