//! The built-in map, resolved once when the binary is built instead of each
//! time it starts.
//!
//! Parsing the built-in map's 0.33 MB of YAML took about 8 of the 11 ms of an
//! `advise`; reading the same map back from a compact binary copy takes well
//! under a millisecond. The build script (`build.rs`) compiles this crate's
//! `core` and `i18n` folders into itself, resolves `routekaart/` with the
//! same [`crate::core::compile::from_sources`] the program uses, and writes
//! [`to_bytes`] of the result; the shell reads it back with [`from_bytes`].
//! So the copy can never be older than the map or the code: both are built
//! from the same checkout in the same build.
//!
//! A map that does not load bakes to nothing ([`to_bytes`] of `None`): the
//! program then loads the YAML as before and reports what is wrong, with
//! file, line and column, instead of the build failing on a map mistake.
//! `check` always reads the YAML, since its findings point into it.

use crate::core::map::Map;

/// What the first bytes of a baked map say, so that bytes of another kind
/// (an empty copy, or one from a different version) are never read as a map.
const MAGIC: &[u8] = concat!("routekaart-map ", env!("CARGO_PKG_VERSION"), "\n").as_bytes();

/// The bytes of `map`, or no bytes when the map did not load.
pub fn to_bytes(map: Option<&Map>) -> Vec<u8> {
    // Serializing plain data to memory cannot fail; should a derive ever make
    // it, the program loads the YAML instead.
    map.and_then(|map| postcard::to_allocvec(map).ok())
        .map(|body| [MAGIC, &body].concat())
        .unwrap_or_default()
}

/// The map in `bytes`, or `None` when they hold none (the map did not load
/// when the binary was built) or are not a baked map of this version.
pub fn from_bytes(bytes: &[u8]) -> Option<Map> {
    let body = bytes.strip_prefix(MAGIC)?;
    postcard::from_bytes(body).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_reads_back_equal() {
        let map = crate::core::klein::map();
        let bytes = to_bytes(Some(&map));
        assert!(bytes.starts_with(MAGIC));
        assert_eq!(from_bytes(&bytes), Some(map));
    }

    #[test]
    fn no_map_and_foreign_bytes_read_as_none() {
        assert!(to_bytes(None).is_empty());
        assert_eq!(from_bytes(&[]), None);
        let map = crate::core::klein::map();
        let bytes = to_bytes(Some(&map));
        // Another version's copy, and a copy cut short.
        let other = [b"routekaart-map 0.0.0\n".as_slice(), &bytes[MAGIC.len()..]].concat();
        assert_eq!(from_bytes(&other), None);
        assert_eq!(from_bytes(&bytes[..bytes.len() / 2]), None);
    }
}
