//! The rows of a long ranking: beyond [`LONG_FROM`] communes, the top and the bottom
//! [`ENDS`] with the chosen communes always kept, the others folded into « … N autres
//! communes … » rows, until the reader asks for all of them. On a projected slide, where
//! labels are large, the fold starts sooner ([`Fold::Slide`]).

use super::ranking::Bar;

/// From this many communes, a ranking is folded.
pub const LONG_FROM: usize = 41;
/// Communes kept at each end of a folded ranking.
pub const ENDS: usize = 15;
/// The most communes a ranking chart shows unfolded: beyond, it stays folded (a chart of
/// thousands of bars would be tens of thousands of pixels tall and freeze the page), and the
/// ranking's table, page by page, lists every commune.
pub const UNFOLD_MAX: usize = 500;

/// From this many communes, a ranking on a slide is folded.
pub const SLIDE_FROM: usize = 13;
/// Communes kept at each end of a folded ranking on a slide.
pub const SLIDE_ENDS: usize = 5;

/// How the rows of a ranking are folded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Fold {
    /// Every commune (the reader asked for all).
    Whole,
    /// On the page: beyond [`LONG_FROM`] communes, [`ENDS`] at each end.
    #[default]
    Page,
    /// On a projected slide: beyond [`SLIDE_FROM`] communes, [`SLIDE_ENDS`] at each end.
    Slide,
}

impl Fold {
    /// (fold from this many communes, communes kept at each end), or `None` for whole.
    fn limits(self) -> Option<(usize, usize)> {
        match self {
            Fold::Whole => None,
            Fold::Page => Some((LONG_FROM, ENDS)),
            Fold::Slide => Some((SLIDE_FROM, SLIDE_ENDS)),
        }
    }
}

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

/// Whether the reader may unfold a ranking of `count` communes (it is folded, and not too
/// long to be drawn whole: [`UNFOLD_MAX`]).
pub fn can_unfold(count: usize) -> bool {
    is_long(count) && count <= UNFOLD_MAX
}

/// The rows shown for `bars` (rank 1 first), keeping the `kept` codes.
pub fn shown_rows<'a>(bars: &'a [Bar], kept: &[String], fold: Fold) -> Vec<Row<'a>> {
    let ends = match fold.limits() {
        Some((from, ends)) if bars.len() >= from => ends,
        _ => return bars.iter().map(Row::Bar).collect(),
    };
    let mut rows = Vec::new();
    let mut folded = 0;
    for (i, bar) in bars.iter().enumerate() {
        if i < ends || i >= bars.len() - ends || kept.contains(&bar.code) {
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
        assert!(!can_unfold(40) && can_unfold(41) && can_unfold(500));
        assert!(!can_unfold(501) && !can_unfold(35_000), "thousands of bars stay folded");
        assert_eq!(shown_rows(&b, &[], Fold::Page).len(), 40);
    }

    #[test]
    fn long_rankings_keep_both_ends_and_the_chosen_communes() {
        let b = bars(150);
        let rows = shown_rows(&b, &[], Fold::Page);
        assert_eq!(rows.len(), 31);
        assert_eq!(rows[15], Row::Gap(120));
        assert_eq!(rows[14], Row::Bar(&b[14]));
        assert_eq!(rows[16], Row::Bar(&b[135]));
        let kept = vec![b[70].code.clone(), b[16].code.clone()];
        let rows = shown_rows(&b, &kept, Fold::Page);
        assert_eq!(rows[15], Row::Gap(1));
        assert_eq!(rows[16], Row::Bar(&b[16]));
        assert_eq!(rows[17], Row::Gap(53));
        assert_eq!(rows[18], Row::Bar(&b[70]));
        assert_eq!(rows[19], Row::Gap(64));
        let shown: usize = rows.iter().map(|r| if let Row::Gap(n) = r { *n } else { 1 }).sum();
        assert_eq!(shown, 150, "every commune is a bar or counted in a gap");
        assert_eq!(shown_rows(&b, &[], Fold::Whole).len(), 150);
    }

    #[test]
    fn slides_fold_from_thirteen_communes_keeping_five_at_each_end() {
        assert_eq!(shown_rows(&bars(12), &[], Fold::Slide).len(), 12);
        let b = bars(13);
        let rows = shown_rows(&b, &[], Fold::Slide);
        assert_eq!(rows.len(), 11);
        assert_eq!(rows[4], Row::Bar(&b[4]));
        assert_eq!(rows[5], Row::Gap(3));
        assert_eq!(rows[6], Row::Bar(&b[8]));
        let b = bars(36);
        let kept = vec![b[20].code.clone()];
        let rows = shown_rows(&b, &kept, Fold::Slide);
        assert_eq!(rows, vec![Row::Bar(&b[0]), Row::Bar(&b[1]), Row::Bar(&b[2]), Row::Bar(&b[3]), Row::Bar(&b[4]), Row::Gap(15), Row::Bar(&b[20]), Row::Gap(10), Row::Bar(&b[31]), Row::Bar(&b[32]), Row::Bar(&b[33]), Row::Bar(&b[34]), Row::Bar(&b[35])]);
    }
}
