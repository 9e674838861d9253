//! The rows of a long ranking: beyond [`LONG_FROM`] communes, the top and the bottom
//! [`ENDS`] with the chosen communes always kept, the others folded into « … N autres
//! communes … » rows, until the reader asks for all of them.

use super::ranking::Bar;

/// From this many communes, a ranking is folded.
pub const LONG_FROM: usize = 41;
/// Communes kept at each end of a folded ranking.
pub const ENDS: usize = 15;

/// A row of the ranking chart.
#[derive(Debug, Clone, PartialEq)]
pub enum Row<'a> {
    Bar(&'a Bar),
    /// This many communes not shown here.
    Gap(usize),
}

/// Whether a ranking of `count` communes is folded unless expanded.
pub fn is_long(count: usize) -> bool {
    count >= LONG_FROM
}

/// The rows shown for `bars` (rank 1 first), keeping the `kept` codes.
pub fn shown_rows<'a>(bars: &'a [Bar], kept: &[String], expanded: bool) -> Vec<Row<'a>> {
    if expanded || !is_long(bars.len()) {
        return bars.iter().map(Row::Bar).collect();
    }
    let mut rows = Vec::new();
    let mut folded = 0;
    for (i, bar) in bars.iter().enumerate() {
        if i < ENDS || i >= bars.len() - ENDS || kept.contains(&bar.code) {
            if folded > 0 {
                rows.push(Row::Gap(folded));
                folded = 0;
            }
            rows.push(Row::Bar(bar));
        } else {
            folded += 1;
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bars(n: usize) -> Vec<Bar> {
        (0..n).map(|i| Bar { code: format!("{:05}", i), name: format!("C{i}"), value: (n - i) as f64, rank: i + 1 }).collect()
    }

    #[test]
    fn short_rankings_are_whole() {
        let b = bars(40);
        assert!(!is_long(40) && is_long(41));
        assert_eq!(shown_rows(&b, &[], false).len(), 40);
    }

    #[test]
    fn long_rankings_keep_both_ends_and_the_chosen_communes() {
        let b = bars(150);
        let rows = shown_rows(&b, &[], false);
        assert_eq!(rows.len(), 31);
        assert_eq!(rows[15], Row::Gap(120));
        assert_eq!(rows[14], Row::Bar(&b[14]));
        assert_eq!(rows[16], Row::Bar(&b[135]));
        let kept = vec![b[70].code.clone(), b[16].code.clone()];
        let rows = shown_rows(&b, &kept, false);
        assert_eq!(rows[15], Row::Gap(1));
        assert_eq!(rows[16], Row::Bar(&b[16]));
        assert_eq!(rows[17], Row::Gap(53));
        assert_eq!(rows[18], Row::Bar(&b[70]));
        assert_eq!(rows[19], Row::Gap(64));
        let shown: usize = rows.iter().map(|r| if let Row::Gap(n) = r { *n } else { 1 }).sum();
        assert_eq!(shown, 150, "every commune is a bar or counted in a gap");
        assert_eq!(shown_rows(&b, &[], true).len(), 150);
    }
}
