//! Ids to indices in one flat table, a short id kept inside its slot.
//!
//! `check` looks up every answer of every scenario by its question's id, and
//! every gemeente a scenario names: on ten times the national map, a million
//! and a half lookups in tables of some 45,000 ids. In a hash map of
//! `String` keys a lookup read the map's control bytes, then its slot, then
//! the key's own allocation elsewhere on the heap: up to three cache misses,
//! each a wait for memory once the map is larger than the caches. Here a
//! slot holds the id itself (up to [`INLINE`] bytes, every id of a usual
//! map) beside its index, and slots are probed one after the other, so that a
//! lookup mostly reads one place in memory.

use crate::core::fast_map::FxHasher;
use serde::{Deserialize, Serialize};
use std::hash::{Hash, Hasher};

/// The longest id kept inside its slot; a longer one is kept in
/// [`IdIndex::long`] and its slot says where.
const INLINE: usize = 24;

/// A slot's length when no id is in it.
const EMPTY: u32 = u32::MAX;

/// Ids (as given, compared byte for byte) to indices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdIndex {
    /// A power of two of slots, at most half of them used: a lookup probes
    /// from its hash's slot on until the id or an empty slot.
    slots: Vec<Slot>,
    /// The ids longer than [`INLINE`], one after the other.
    long: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
struct Slot {
    /// The id's length in bytes; [`EMPTY`] for a free slot.
    len: u32,
    value: u32,
    /// The id, or for a longer one its start in `long` (four bytes, little-endian).
    key: [u8; INLINE],
}

const FREE: Slot = Slot {
    len: EMPTY,
    value: 0,
    key: [0; INLINE],
};

/// Where `id`'s probe starts among `slots` slots (a power of two): the top
/// bits of its hash, since the Fx hash mixes upwards and the low bits of
/// similar ids (`k7v1237`, `k7v1238`) differ little.
fn start(id: &str, slots: usize) -> usize {
    let mut hasher = FxHasher::default();
    id.hash(&mut hasher);
    let bits = slots.trailing_zeros();
    (hasher.finish() >> (64 - bits)) as usize
}

impl IdIndex {
    /// The index of `pairs`' ids; where an id comes twice, the first one's
    /// value counts.
    pub fn of<'a>(pairs: impl IntoIterator<Item = (&'a str, u32)>) -> IdIndex {
        let pairs: Vec<(&str, u32)> = pairs.into_iter().collect();
        let size = (pairs.len() * 2).next_power_of_two().max(8);
        let mut index = IdIndex {
            slots: vec![FREE; size],
            long: String::new(),
        };
        for (id, value) in pairs {
            index.insert(id, value);
        }
        index
    }

    fn insert(&mut self, id: &str, value: u32) {
        let mask = self.slots.len() - 1;
        let mut at = start(id, self.slots.len());
        while self.slots[at].len != EMPTY {
            if self.id_at(at) == id {
                return;
            }
            at = (at + 1) & mask;
        }
        let len = u32::try_from(id.len()).expect("an id shorter than 4 GB");
        let mut key = [0; INLINE];
        if id.len() <= INLINE {
            key[..id.len()].copy_from_slice(id.as_bytes());
        } else {
            let start = u32::try_from(self.long.len()).expect("ids shorter than 4 GB");
            key[..4].copy_from_slice(&start.to_le_bytes());
            self.long.push_str(id);
        }
        self.slots[at] = Slot { len, value, key };
    }

    /// The id in slot `at` (which holds one).
    fn id_at(&self, at: usize) -> &str {
        let slot = &self.slots[at];
        let len = slot.len as usize;
        if len <= INLINE {
            // Copied from a `&str` whole: valid UTF-8.
            std::str::from_utf8(&slot.key[..len]).unwrap_or_default()
        } else {
            let mut start = [0; 4];
            start.copy_from_slice(&slot.key[..4]);
            let start = u32::from_le_bytes(start) as usize;
            &self.long[start..start + len]
        }
    }

    /// The value of `id`, if the index has it.
    pub fn get(&self, id: &str) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut at = start(id, self.slots.len());
        loop {
            let slot = &self.slots[at];
            if slot.len == EMPTY {
                return None;
            }
            if slot.len as usize == id.len() && self.id_at(at) == id {
                return Some(slot.value);
            }
            at = (at + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_finds_its_value_and_no_other_id_finds_one() {
        let ids: Vec<String> = (0..5_000)
            .map(|i| format!("k{}v{i}", i % 7))
            .chain(["".to_string(), "é-en-ü".to_string(), "x".repeat(INLINE)])
            .chain((0..50).map(|i| format!("{}-{i}", "lang".repeat(10))))
            .collect();
        let index = IdIndex::of(ids.iter().zip(0u32..).map(|(id, v)| (id.as_str(), v)));
        for (v, id) in (0u32..).zip(&ids) {
            assert_eq!(index.get(id), Some(v), "{id}");
        }
        for absent in [
            "k0v1",
            "k1v0x",
            "X",
            &"x".repeat(INLINE + 1),
            &"lang".repeat(10),
        ] {
            assert_eq!(index.get(absent), None, "{absent}");
        }
    }

    #[test]
    fn the_first_of_two_equal_ids_counts() {
        let index = IdIndex::of([("emmen", 3), ("Emmen", 4), ("emmen", 9)]);
        assert_eq!(index.get("emmen"), Some(3));
        assert_eq!(index.get("Emmen"), Some(4));
        assert_eq!(IdIndex::of([]).get("emmen"), None);
    }
}
