//! Lists that share their beginnings, for the prover's record of how each
//! outcome was made ([`super::proof`]): the options chosen so far and the
//! outcome taken at each node walked.
//!
//! The prover extends a partial walk in many ways at once, and keeping each
//! way as a vector of its own copied the whole vector for every extension:
//! on the built-in map, allocating, copying and freeing those vectors took
//! most of a proof's time. Here a list is a number, its last item in one
//! arena that every list of a proof shares; extending a list adds one item
//! and copying it copies the number. The arena is freed at once with the
//! proof.

/// A list in a [`Trails`]; [`EMPTY`] has no items.
pub type List = u32;

/// The list without items.
pub const EMPTY: List = 0;

/// Every list of one proof: per item, the list before it.
pub struct Trails<T> {
    items: Vec<(List, T)>,
}

impl<T: Copy> Trails<T> {
    /// An arena whose first slot, `unused`, stands for the empty list.
    pub fn new(unused: T) -> Self {
        Trails {
            items: vec![(EMPTY, unused)],
        }
    }

    /// `list` with `item` after it.
    pub fn push(&mut self, list: List, item: T) -> List {
        self.items.push((list, item));
        List::try_from(self.items.len() - 1).expect("fewer lists than u32::MAX")
    }

    /// `list`, then the items of `more`.
    pub fn append(&mut self, list: List, more: List) -> List {
        if list == EMPTY {
            return more;
        }
        let mut items: Vec<T> = self.backwards(more).collect();
        items.reverse();
        items
            .into_iter()
            .fold(list, |list, item| self.push(list, item))
    }

    /// The items of `list`, last first.
    pub fn backwards(&self, list: List) -> impl Iterator<Item = T> + '_ {
        let mut at = list;
        std::iter::from_fn(move || {
            (at != EMPTY).then(|| {
                let (before, item) = self.items[at as usize];
                at = before;
                item
            })
        })
    }

    /// The items of `list`, first first.
    pub fn to_vec(&self, list: List) -> Vec<T> {
        let mut items: Vec<T> = self.backwards(list).collect();
        items.reverse();
        items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_share_their_beginnings_and_keep_their_order() {
        let mut trails = Trails::new(0u32);
        let a = trails.push(EMPTY, 1);
        let ab = trails.push(a, 2);
        let ac = trails.push(a, 3);
        assert_eq!(trails.to_vec(ab), vec![1, 2]);
        assert_eq!(trails.to_vec(ac), vec![1, 3]);
        assert_eq!(trails.to_vec(a), vec![1]);
        assert_eq!(trails.to_vec(EMPTY), Vec::<u32>::new());
        let joined = trails.append(ab, ac);
        assert_eq!(trails.to_vec(joined), vec![1, 2, 1, 3]);
        assert_eq!(trails.append(EMPTY, ab), ab);
        assert_eq!(trails.backwards(ab).collect::<Vec<_>>(), vec![2, 1]);
    }
}
