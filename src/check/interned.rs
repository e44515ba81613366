//! The distinct outcomes of one proof ([`super::proof`]), each stored once
//! and known by its number: the prover's sets of outcomes per node then hold
//! numbers, cheap to copy, hash and compare, and combining two outcomes is
//! computed once per pair, however often the walk meets that pair.

use super::outcome::{FastMap, Outcome, Tracking};

/// An outcome by its number in [`Interned`].
pub type Id = u32;

/// Every distinct outcome of a proof, once: the sets of outcomes per node
/// hold numbers, cheap to copy, hash and compare, and combining two outcomes
/// is computed once per pair.
#[derive(Default)]
pub struct Interned {
    /// Every outcome, by its number.
    pub list: Vec<Outcome>,
    index: FastMap<Outcome, Id>,
    then: FastMap<(Id, Id), Id>,
    asked: FastMap<(Id, u64), Id>,
}

impl Interned {
    /// The number of `outcome`, stored first if it is new.
    pub fn id(&mut self, outcome: Outcome) -> Id {
        if let Some(&id) = self.index.get(&outcome) {
            return id;
        }
        let id = self.list.len() as Id;
        self.index.insert(outcome.clone(), id);
        self.list.push(outcome);
        id
    }

    /// `first`, then `second` (see [`Tracking::then`]).
    pub fn then(&mut self, tracking: &Tracking, first: Id, second: Id) -> Id {
        if let Some(&id) = self.then.get(&(first, second)) {
            return id;
        }
        let combined = tracking.then(&self.list[first as usize], &self.list[second as usize]);
        let id = self.id(combined);
        self.then.insert((first, second), id);
        id
    }

    /// `outcome` with the questions in `asked` recorded as asked too.
    pub fn asked(&mut self, outcome: Id, asked: u64) -> Id {
        if asked == 0 || self.list[outcome as usize].asked & asked == asked {
            return outcome;
        }
        if let Some(&id) = self.asked.get(&(outcome, asked)) {
            return id;
        }
        let mut more = self.list[outcome as usize].clone();
        more.asked |= asked;
        let id = self.id(more);
        self.asked.insert((outcome, asked), id);
        id
    }
}
