//! Constraints on shared answers, as the proof ([`super::proof`]) carries
//! them with each outcome instead of enumerating every combination.
//!
//! A [`Sigma`] says, per shared answer that still matters, which of its values
//! an outcome allows: "for every answer within these sets there is a route with
//! this outcome". Answers not named are free. Two parts of one walk combine
//! only where their sets meet, so a route never uses one answer two ways.

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
pub fn and(a: &Sigma, b: &Sigma) -> Option<Sigma> {
    if b.is_empty() {
        return Some(a.clone());
    }
    if a.is_empty() {
        return Some(b.clone());
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
pub fn meets(a: &Sigma, b: &Sigma) -> bool {
    a.iter().all(|&(v, x)| {
        b.iter()
            .find(|(w, _)| *w == v)
            .is_none_or(|&(_, y)| x.and(y).is_some())
    })
}

/// `sigma` with only the answers for which `keep` is true.
pub fn project(sigma: &Sigma, keep: impl Fn(u32) -> bool) -> Sigma {
    sigma.iter().copied().filter(|&(v, _)| keep(v)).collect()
}

/// The allowed values of answer `var` in `sigma`, `None` when free.
pub fn get(sigma: &Sigma, var: u32) -> Option<Allowed> {
    sigma.iter().find(|(v, _)| *v == var).map(|&(_, x)| x)
}

/// Merges outcomes that differ in one answer's values only, in place: the
/// first keeps its place and takes the union, which is again "for every
/// answer within". `full[v]` is every value of answer `v` (a union that
/// reaches it frees the answer). Returns, per entry kept, the entries merged
/// into it (indices into the input, itself first).
pub fn merge<K: Clone + Eq + std::hash::Hash>(
    entries: &mut Vec<(K, Sigma)>,
    vars: &[u32],
    full: &[u64],
) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = (0..entries.len()).map(|i| vec![i]).collect();
    for &var in vars {
        if entries.len() < 2 {
            break;
        }
        let mut index: super::outcome::FastMap<(K, Sigma), usize> = Default::default();
        let mut kept: Vec<(K, Sigma)> = Vec::with_capacity(entries.len());
        let mut kept_groups: Vec<Vec<usize>> = Vec::with_capacity(entries.len());
        for ((key, sigma), group) in entries.drain(..).zip(groups.drain(..)) {
            let bits = match get(&sigma, var) {
                None => full[var as usize],
                Some(Allowed::Values(bits)) => bits,
                Some(Allowed::Options { .. }) => {
                    kept.push((key, sigma));
                    kept_groups.push(group);
                    continue;
                }
            };
            let rest = project(&sigma, |v| v != var);
            match index.get(&(key.clone(), rest.clone())) {
                Some(&i) => {
                    let union = match get(&kept[i].1, var) {
                        None => full[var as usize],
                        Some(Allowed::Values(b)) => b | bits,
                        Some(Allowed::Options { .. }) => unreachable!("only values are merged"),
                    };
                    let mut sigma = rest;
                    if union != full[var as usize] {
                        let at = sigma.partition_point(|(v, _)| *v < var);
                        sigma.insert(at, (var, Allowed::Values(union)));
                    }
                    kept[i].1 = sigma;
                    kept_groups[i].extend(group);
                }
                None => {
                    index.insert((key.clone(), rest), kept.len());
                    kept.push((key, sigma));
                    kept_groups.push(group);
                }
            }
        }
        *entries = kept;
        groups = kept_groups;
    }
    groups
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
        let mut entries: Vec<(u8, Sigma)> = vec![
            (
                7,
                vec![(0, Allowed::Values(0b01)), (1, Allowed::Values(0b01))],
            ),
            (
                7,
                vec![(0, Allowed::Values(0b10)), (1, Allowed::Values(0b01))],
            ),
            (8, vec![(0, Allowed::Values(0b10))]),
        ];
        let groups = merge(&mut entries, &[0, 1], &[0b11, 0b11]);
        assert_eq!(
            entries,
            vec![
                (7, vec![(1, Allowed::Values(0b01))]),
                (8, vec![(0, Allowed::Values(0b10))])
            ]
        );
        assert_eq!(groups, vec![vec![0, 1], vec![2]]);
    }
}
