//! Ranking of keyed values (e.g. communes) with standard competition ranking ("1224").
//!
//! Values are compared exactly: equal values share a rank and the next rank skips
//! (1, 2, 2, 4). Non-finite values (NaN, ±∞) cannot be ranked meaningfully: they are
//! skipped, so the output may be shorter than the input. The output is sorted by rank, then
//! by key, so it does not depend on the input order.

use std::cmp::Ordering;

use crate::direction::Direction;

/// Which end of the scale gets rank 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Order {
    HighestFirst,
    LowestFirst,
}

impl Order {
    /// Rank 1 is the best: `Up` -> highest first, `Down` -> lowest first.
    pub fn for_direction(direction: Direction) -> Self {
        match direction {
            Direction::Up => Order::HighestFirst,
            Direction::Down => Order::LowestFirst,
        }
    }

    /// A finite value as an integer key, smaller for the value ranked first; equal values,
    /// `0.0` and `-0.0` included, get equal keys. Sorting these integers is much cheaper in
    /// WebAssembly than comparing floats through a closure (35,000 communes).
    fn key(self, value: f64) -> u64 {
        // `-0.0 + 0.0` is `0.0`; then the IEEE order of finite values as unsigned integers.
        let bits = (value + 0.0).to_bits();
        let ascending = if bits >> 63 == 1 { !bits } else { bits | 1 << 63 };
        match self {
            Order::HighestFirst => !ascending,
            Order::LowestFirst => ascending,
        }
    }
}

/// One ranked entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked<K> {
    pub key: K,
    pub value: f64,
    /// 1-based standard competition rank: 1 + the number of entries strictly better.
    pub rank: usize,
    /// Another entry has the same value (hence the same rank).
    pub tied: bool,
}

/// Ties broken by key: kept out of line so that the key comparison (a byte loop in
/// WebAssembly) runs only for equal values, never speculatively.
#[inline(never)]
fn by_key<K: Ord>(a: &K, b: &K) -> Ordering {
    a.cmp(b)
}

/// Ranks `entries` (see module doc); non-finite values are skipped.
pub fn rank<K: Ord + Clone>(entries: &[(K, f64)], order: Order) -> Vec<Ranked<K>> {
    // Each finite entry as (key of its value, its index), sorted as plain integers; then each
    // run of equal values by the entries' keys (as a stable sort: equal keys keep their order).
    let mut sorted: Vec<(u64, usize)> = Vec::with_capacity(entries.len());
    sorted.extend(entries.iter().enumerate().filter(|(_, (_, v))| v.is_finite()).map(|(i, (_, v))| (order.key(*v), i)));
    sorted.sort_unstable();
    for run in sorted.chunk_by_mut(|a, b| a.0 == b.0).filter(|run| run.len() > 1) {
        run.sort_by(|a, b| by_key(&entries[a.1].0, &entries[b.1].0));
    }
    let same = |i: usize, j: usize| sorted[i].0 == sorted[j].0;
    let mut ranked = Vec::with_capacity(sorted.len());
    let mut rank = 1;
    for i in 0..sorted.len() {
        if i > 0 && !same(i - 1, i) {
            rank = i + 1;
        }
        let tied = (i > 0 && same(i - 1, i)) || (i + 1 < sorted.len() && same(i, i + 1));
        let (key, value) = &entries[sorted[i].1];
        ranked.push(Ranked {
            key: key.clone(),
            value: *value,
            rank,
            tied,
        });
    }
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn summary(r: &[Ranked<&'static str>]) -> Vec<(&'static str, usize, bool)> {
        r.iter().map(|x| (x.key, x.rank, x.tied)).collect()
    }

    #[test]
    fn competition_ranking_highest_first() {
        let entries = [
            ("lens", 5.0),
            ("lievin", 9.0),
            ("avion", 5.0),
            ("harnes", 1.0),
        ];
        let r = rank(&entries, Order::HighestFirst);
        // 9 -> 1; 5, 5 -> 2, 2 (tied, by key: avion before lens); 1 -> 4 ("1224").
        assert_eq!(
            summary(&r),
            vec![
                ("lievin", 1, false),
                ("avion", 2, true),
                ("lens", 2, true),
                ("harnes", 4, false)
            ]
        );
    }

    #[test]
    fn lowest_first_and_direction() {
        let entries = [
            ("a", 3.0),
            ("b", 1.0),
            ("c", 1.0),
            ("d", f64::NAN),
            ("e", 2.0),
        ];
        let r = rank(&entries, Order::for_direction(Direction::Down));
        // NaN skipped; 1, 1 -> 1, 1; 2 -> 3; 3 -> 4.
        assert_eq!(
            summary(&r),
            vec![
                ("b", 1, true),
                ("c", 1, true),
                ("e", 3, false),
                ("a", 4, false)
            ]
        );
        assert_eq!(Order::for_direction(Direction::Up), Order::HighestFirst);
    }

    #[test]
    fn empty_and_zero_signs() {
        assert!(rank::<u8>(&[], Order::HighestFirst).is_empty());
        let r = rank(&[(1, 0.0), (2, -0.0)], Order::HighestFirst);
        assert!(r.iter().all(|x| x.rank == 1 && x.tied));
    }

    /// The ranking as first written: a stable sort of the entries by value (compared as
    /// floats), then by key.
    fn reference<K: Ord + Clone>(entries: &[(K, f64)], order: Order) -> Vec<Ranked<K>> {
        let compare = |a: f64, b: f64| {
            let natural = a.partial_cmp(&b).unwrap_or(Ordering::Equal);
            if order == Order::HighestFirst { natural.reverse() } else { natural }
        };
        let mut sorted: Vec<&(K, f64)> = entries.iter().filter(|(_, v)| v.is_finite()).collect();
        sorted.sort_by(|a, b| compare(a.1, b.1).then_with(|| a.0.cmp(&b.0)));
        let same = |i: usize, j: usize| compare(sorted[i].1, sorted[j].1) == Ordering::Equal;
        let mut rank = 1;
        (0..sorted.len())
            .map(|i| {
                if i > 0 && !same(i - 1, i) {
                    rank = i + 1;
                }
                let tied = (i > 0 && same(i - 1, i)) || (i + 1 < sorted.len() && same(i, i + 1));
                Ranked { key: sorted[i].0.clone(), value: sorted[i].1, rank, tied }
            })
            .collect()
    }

    /// Values with ties, both zeros, extremes and non-finite ones.
    fn value() -> impl Strategy<Value = f64> {
        prop_oneof![
            (-3i8..4).prop_map(f64::from),
            Just(-0.0),
            Just(f64::MAX),
            Just(f64::MIN),
            Just(f64::MIN_POSITIVE),
            Just(-f64::MIN_POSITIVE),
            Just(5e-324),
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(f64::NEG_INFINITY),
            -1e6..1e6f64,
        ]
    }

    proptest! {
        #[test]
        fn same_as_the_float_sort(entries in prop::collection::vec((0u8..12, value()), 0..40), highest in any::<bool>()) {
            let order = if highest { Order::HighestFirst } else { Order::LowestFirst };
            let ours = rank(&entries, order);
            let reference = reference(&entries, order);
            // Compared through the bits of the values: -0.0 and 0.0 differ there.
            let bits = |r: &[Ranked<u8>]| r.iter().map(|x| (x.key, x.value.to_bits(), x.rank, x.tied)).collect::<Vec<_>>();
            prop_assert_eq!(bits(&ours), bits(&reference));
        }

        #[test]
        fn independent_of_input_order(
            (original, shuffled) in prop::collection::vec((0u8..30, 0i8..5), 0..25)
                .prop_flat_map(|v| {
                    let entries: Vec<(u8, f64)> =
                        v.into_iter().map(|(k, x)| (k, f64::from(x))).collect();
                    (Just(entries.clone()), Just(entries).prop_shuffle())
                }),
            highest in any::<bool>(),
        ) {
            let order = if highest { Order::HighestFirst } else { Order::LowestFirst };
            prop_assert_eq!(rank(&original, order), rank(&shuffled, order));
        }
    }
}
