//! Constraints on shared answers, as the proof ([`super::proof`]) carries
//! them with each outcome instead of enumerating every combination.
//!
//! A [`Sigma`] says, per shared answer that still matters, which of its values
//! an outcome allows: "for every answer within these sets there is a route with
//! this outcome". Answers not named are free. Two parts of one walk combine
//! only where their sets meet, so a route never uses one answer two ways.
//!
//! A proof keeps each distinct constraint once, in [`Sigmas`], and passes it
//! around by number. A proof makes, combines and compares hundreds of
//! thousands of them on a national map, nearly all of them alike: as vectors
//! of their own, allocating, copying and freeing them took most of a proof's
//! time, and more per outcome the larger the map (a larger, more fragmented
//! heap). By number they are copied as integers, hashed as integers, and a
//! proof frees them all at once.

use super::outcome::FastMap;

/// The values of one shared answer that an outcome allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Allowed {
    /// Bit i: the answer's value i (an option, yes/no, or a stretch of numbers).
    Values(u64),
    /// A multiple choice: options in `chosen` are chosen, those in `not` are
    /// not; `all` is every option, since an answer chooses at least one.
    Options { chosen: u64, not: u64, all: u64 },
}

impl Allowed {
    /// Both at once, or `None` when no answer meets both.
    pub fn and(self, other: Allowed) -> Option<Allowed> {
        let both = match (self, other) {
            (Allowed::Values(a), Allowed::Values(b)) => Allowed::Values(a & b),
            (
                Allowed::Options { chosen, not, all },
                Allowed::Options {
                    chosen: c2,
                    not: n2,
                    ..
                },
            ) => Allowed::Options {
                chosen: chosen | c2,
                not: not | n2,
                all,
            },
            // One answer is never both kinds; combining them is a bug.
            _ => unreachable!("one shared answer has one kind of values"),
        };
        (!both.is_empty()).then_some(both)
    }

    fn is_empty(self) -> bool {
        match self {
            Allowed::Values(bits) => bits == 0,
            // No answer chooses nothing: every option excluded is empty too.
            Allowed::Options { chosen, not, all } => chosen & not != 0 || not & all == all,
        }
    }
}

/// Allowed values per shared answer (index into the analysis's shared list),
/// sorted by answer; an answer not listed may take any value.
pub type Sigma = Vec<(u32, Allowed)>;

/// The answers both `a` and `b` allow, or `None` when some answer has none.
pub fn and(a: &[(u32, Allowed)], b: &[(u32, Allowed)]) -> Option<Sigma> {
    if b.is_empty() {
        return Some(a.to_vec());
    }
    if a.is_empty() {
        return Some(b.to_vec());
    }
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let ((va, xa), (vb, xb)) = (a[i], b[j]);
        match va.cmp(&vb) {
            std::cmp::Ordering::Less => {
                out.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push((va, xa.and(xb)?));
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    Some(out)
}

/// Whether some answers meet both `a` and `b`.
pub fn meets(a: &[(u32, Allowed)], b: &[(u32, Allowed)]) -> bool {
    a.iter().all(|&(v, x)| {
        b.iter()
            .find(|(w, _)| *w == v)
            .is_none_or(|&(_, y)| x.and(y).is_some())
    })
}

/// The allowed values of answer `var` in `sigma`, `None` when free.
pub fn get(sigma: &[(u32, Allowed)], var: u32) -> Option<Allowed> {
    sigma.iter().find(|(v, _)| *v == var).map(|&(_, x)| x)
}

/// A [`Sigma`] by its number in [`Sigmas`]; [`FREE`] names no answer.
pub type SigmaId = u32;

/// The constraint that names no answer: every answer free.
pub const FREE: SigmaId = 0;

/// Every distinct constraint of one proof, once, known by its number; [`and`]
/// of two numbers is computed once per pair.
pub struct Sigmas {
    list: Vec<Sigma>,
    index: FastMap<Sigma, SigmaId>,
    both: FastMap<(SigmaId, SigmaId), Option<SigmaId>>,
    /// Room to build a constraint in before it is looked up.
    scratch: Sigma,
}

impl Default for Sigmas {
    fn default() -> Self {
        let mut sigmas = Sigmas {
            list: Vec::new(),
            index: FastMap::default(),
            both: FastMap::default(),
            scratch: Vec::new(),
        };
        let free = sigmas.id(&[]);
        debug_assert_eq!(free, FREE);
        sigmas
    }
}

impl Sigmas {
    /// The constraint numbered `id`.
    pub fn get(&self, id: SigmaId) -> &[(u32, Allowed)] {
        &self.list[id as usize]
    }

    /// The number of `sigma`, stored first if it is new.
    pub fn id(&mut self, sigma: &[(u32, Allowed)]) -> SigmaId {
        if let Some(&id) = self.index.get(sigma) {
            return id;
        }
        let id = SigmaId::try_from(self.list.len()).expect("fewer constraints than u32::MAX");
        self.index.insert(sigma.to_vec(), id);
        self.list.push(sigma.to_vec());
        id
    }

    /// The answers both allow (see [`and`]), or `None` when some answer has none.
    pub fn and(&mut self, a: SigmaId, b: SigmaId) -> Option<SigmaId> {
        if b == FREE {
            return Some(a);
        }
        if a == FREE {
            return Some(b);
        }
        if let Some(&both) = self.both.get(&(a, b)) {
            return both;
        }
        let both = and(&self.list[a as usize], &self.list[b as usize]).map(|s| self.id(&s));
        self.both.insert((a, b), both);
        both
    }

    /// `sigma` with only the answers for which `keep` is true.
    pub fn project(&mut self, sigma: SigmaId, keep: impl Fn(u32) -> bool) -> SigmaId {
        let all = &self.list[sigma as usize];
        if all.iter().all(|&(v, _)| keep(v)) {
            return sigma;
        }
        let mut kept = std::mem::take(&mut self.scratch);
        kept.clear();
        kept.extend(all.iter().copied().filter(|&(v, _)| keep(v)));
        let id = self.id(&kept);
        self.scratch = kept;
        id
    }

    /// `sigma` with answer `var` allowing `bits` (of `Values`) instead;
    /// free when `bits` is `full`.
    fn with_values(&mut self, sigma: SigmaId, var: u32, bits: u64, full: u64) -> SigmaId {
        let mut out = std::mem::take(&mut self.scratch);
        out.clear();
        out.extend(
            self.list[sigma as usize]
                .iter()
                .copied()
                .filter(|&(v, _)| v != var),
        );
        if bits != full {
            let at = out.partition_point(|(v, _)| *v < var);
            out.insert(at, (var, Allowed::Values(bits)));
        }
        let id = self.id(&out);
        self.scratch = out;
        id
    }
}

/// Merges outcomes that differ in one answer's values only, in place: the
/// first keeps its place and takes the union, which is again "for every
/// answer within". `full[v]` is every value of answer `v` (a union that
/// reaches it frees the answer). Returns the entries merged into each entry
/// kept (indices into the input, itself first), one group after the other,
/// and each group's length.
pub fn merge<K: Copy + Eq + std::hash::Hash>(
    sigmas: &mut Sigmas,
    entries: &mut Vec<(K, SigmaId)>,
    vars: &[u32],
    full: &[u64],
) -> (Vec<u32>, Vec<u32>) {
    const END: u32 = u32::MAX;
    let n = entries.len();
    // The groups as lists: each entry's successor in its group, and per entry
    // kept its group's first and last entry (a group is joined in order).
    let mut after = vec![END; n];
    let mut ends: Vec<(u32, u32)> = (0..n as u32).map(|i| (i, i)).collect();
    for &var in vars {
        if entries.len() < 2 {
            break;
        }
        let mut index: FastMap<(K, SigmaId), usize> = FastMap::default();
        let mut kept: Vec<(K, SigmaId)> = Vec::with_capacity(entries.len());
        let mut kept_ends: Vec<(u32, u32)> = Vec::with_capacity(entries.len());
        for ((key, sigma), group) in entries.drain(..).zip(ends.drain(..)) {
            let bits = match get(sigmas.get(sigma), var) {
                None => full[var as usize],
                Some(Allowed::Values(bits)) => bits,
                Some(Allowed::Options { .. }) => {
                    kept.push((key, sigma));
                    kept_ends.push(group);
                    continue;
                }
            };
            let rest = sigmas.project(sigma, |v| v != var);
            match index.get(&(key, rest)) {
                Some(&i) => {
                    let union = match get(sigmas.get(kept[i].1), var) {
                        None => full[var as usize],
                        Some(Allowed::Values(b)) => b | bits,
                        Some(Allowed::Options { .. }) => unreachable!("only values are merged"),
                    };
                    kept[i].1 = sigmas.with_values(rest, var, union, full[var as usize]);
                    after[kept_ends[i].1 as usize] = group.0;
                    kept_ends[i].1 = group.1;
                }
                None => {
                    index.insert((key, rest), kept.len());
                    kept.push((key, sigma));
                    kept_ends.push(group);
                }
            }
        }
        *entries = kept;
        ends = kept_ends;
    }
    let mut members = Vec::with_capacity(n);
    let lengths = ends
        .iter()
        .map(|&(first, _)| {
            let before = members.len();
            let mut at = first;
            while at != END {
                members.push(at);
                at = after[at as usize];
            }
            (members.len() - before) as u32
        })
        .collect();
    (members, lengths)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_meet_only_where_their_values_overlap() {
        let a: Sigma = vec![(0, Allowed::Values(0b011)), (2, Allowed::Values(0b1))];
        let b: Sigma = vec![(0, Allowed::Values(0b110)), (1, Allowed::Values(0b1))];
        assert_eq!(
            and(&a, &b),
            Some(vec![
                (0, Allowed::Values(0b010)),
                (1, Allowed::Values(0b1)),
                (2, Allowed::Values(0b1)),
            ])
        );
        let c: Sigma = vec![(0, Allowed::Values(0b100))];
        assert_eq!(and(&a, &c), None);
        assert!(meets(&a, &b) && !meets(&a, &c));
        let chosen = |c, n| {
            vec![(
                3,
                Allowed::Options {
                    chosen: c,
                    not: n,
                    all: 0b111,
                },
            )]
        };
        assert_eq!(and(&chosen(0b01, 0b10), &chosen(0b10, 0)), None);
        // Each side leaves an option open, but together they exclude every one.
        assert_eq!(and(&chosen(0, 0b011), &chosen(0, 0b110)), None);
        assert!(and(&chosen(0, 0b001), &chosen(0, 0b010)).is_some());
    }

    #[test]
    fn outcomes_that_differ_in_one_answer_merge_and_free_it() {
        let mut sigmas = Sigmas::default();
        let mut entries: Vec<(u8, SigmaId)> = [
            (
                7,
                vec![(0, Allowed::Values(0b01)), (1, Allowed::Values(0b01))],
            ),
            (
                7,
                vec![(0, Allowed::Values(0b10)), (1, Allowed::Values(0b01))],
            ),
            (8, vec![(0, Allowed::Values(0b10))]),
            (7, vec![(1, Allowed::Values(0b10))]),
        ]
        .iter()
        .map(|(k, s)| (*k, sigmas.id(s)))
        .collect();
        let groups = merge(&mut sigmas, &mut entries, &[0, 1], &[0b11, 0b11]);
        let entries: Vec<(u8, Sigma)> = entries
            .iter()
            .map(|&(k, s)| (k, sigmas.get(s).to_vec()))
            .collect();
        // The first and second merge on answer 0 (which frees it), and the
        // fourth, free in answer 0, joins them on answer 1, which frees that too.
        assert_eq!(
            entries,
            vec![(7, vec![]), (8, vec![(0, Allowed::Values(0b10))])]
        );
        assert_eq!(groups, (vec![0, 1, 3, 2], vec![3, 1]));
    }
}
