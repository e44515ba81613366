//! A hash map with a fast, non-cryptographic hasher (the Fx hash of rustc).
//!
//! The standard SipHash resists keys chosen to collide, which a map's ids
//! (written by the people who keep the map, read from their own files)
//! never are; and it was a tenth of `check` on a national map: every
//! scenario looks up its questions, advices and gemeenten by id, and every
//! proof keeps sets of outcomes.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hash: a rotate, a xor and a multiply per word.
#[derive(Default)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, word: usize) {
        self.write_u64(word as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map with the fast hasher.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_hash_alike_and_near_keys_apart() {
        let hash = |text: &str| {
            let mut hasher = FxHasher::default();
            std::hash::Hash::hash(text, &mut hasher);
            hasher.finish()
        };
        assert_eq!(hash("k7v1237"), hash("k7v1237"));
        assert_ne!(hash("k7v1237"), hash("k7v1238"));
        // Keys longer than one word differ in their last byte too.
        assert_ne!(hash("jeugdhulp-g0551x"), hash("jeugdhulp-g0551y"));
        let mut map: FastMap<String, usize> = FastMap::default();
        map.insert("a".into(), 1);
        assert_eq!(map.get("a"), Some(&1));
    }
}
