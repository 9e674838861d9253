//! The table of a ranking, by pages: up to [`PAGE_ROWS`] communes, the table holds them all
//! (as it always did); beyond, it holds one page of [`PAGE_ROWS`] communes in rank order,
//! after the territory and the chosen communes, which stay on every page. Every commune is
//! reachable (previous and next page, or any page from a list), and the page never holds
//! thousands of rows.

use std::ops::Range;

use crate::chart::ranking::Bar;
use crate::format;
use crate::i18n::{self, fill};

/// Communes on one page of a long ranking's table.
pub const PAGE_ROWS: usize = 100;

/// Whether a ranking of `count` communes is shown by pages.
pub fn is_paged(count: usize) -> bool {
    count > PAGE_ROWS
}

/// The number of pages of a ranking of `count` communes (at least one).
pub fn page_count(count: usize) -> usize {
    count.div_ceil(PAGE_ROWS).max(1)
}

/// `page` brought within the pages of `count` communes (a shorter year keeps a valid page).
pub fn clamp_page(count: usize, page: usize) -> usize {
    page.min(page_count(count) - 1)
}

/// The positions (0-based, in rank order) of the communes on `page`: all of them when the
/// ranking is not paged.
pub fn page_range(count: usize, page: usize) -> Range<usize> {
    if !is_paged(count) {
        return 0..count;
    }
    let start = clamp_page(count, page) * PAGE_ROWS;
    start..(start + PAGE_ROWS).min(count)
}

/// The chosen communes (`chosen`, codes) in rank order: the rows every page starts with.
pub fn chosen_bars<'a>(bars: &'a [Bar], chosen: &[String]) -> Vec<&'a Bar> {
    bars.iter().filter(|b| chosen.contains(&b.code)).collect()
}

/// « 101 à 200 » (positions, 1-based), the name of a page in the list of pages.
pub fn page_name(count: usize, page: usize) -> String {
    let r = page_range(count, page);
    fill(i18n::t().indicator().page_name, &[("from", &thousands(r.start + 1)), ("to", &thousands(r.end))])
}

/// « Communes 101 à 200 sur 35 000, dans l'ordre du classement. »
pub fn page_status(count: usize, page: usize) -> String {
    fill(i18n::t().indicator().page_status, &[("pages", &page_name(count, page)), ("count", &thousands(count))])
}

/// « Les 100 suivantes » / « Les 100 précédentes », or `None` where there is none.
pub fn step_label(count: usize, page: usize, forward: bool) -> Option<String> {
    let page = clamp_page(count, page);
    let n = if forward {
        let next = page.checked_add(1).filter(|p| *p < page_count(count))?;
        page_range(count, next).len()
    } else {
        page_range(count, page.checked_sub(1)?).len()
    };
    let text = i18n::t().indicator();
    Some(fill(if forward { text.next_page } else { text.previous_page }, &[("n", &thousands(n))]))
}

/// 35000 → « 35 000 » (non-breaking space between thousands).
fn thousands(n: usize) -> String {
    format::number(n as f64, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bars(n: usize) -> Vec<Bar> {
        (0..n).map(|i| Bar { code: format!("{:05}", i), name: format!("C{i}"), value: (n - i) as f64, rank: i + 1 }).collect()
    }

    #[test]
    fn short_rankings_are_one_whole_page() {
        assert!(!is_paged(36) && !is_paged(100) && is_paged(101));
        assert_eq!(page_range(36, 0), 0..36);
        assert_eq!(page_range(36, 7), 0..36);
        assert_eq!(page_count(0), 1);
        assert_eq!(page_range(0, 0), 0..0);
    }

    #[test]
    fn a_national_ranking_has_pages_of_a_hundred_and_every_commune_on_one() {
        let n = 35_000;
        assert_eq!(page_count(n), 350);
        assert_eq!(page_range(n, 0), 0..100);
        assert_eq!(page_range(n, 349), 34_900..35_000);
        assert_eq!(page_range(n, 1_000), 34_900..35_000, "beyond the last page: the last");
        let covered: usize = (0..page_count(n)).map(|p| page_range(n, p).len()).sum();
        assert_eq!(covered, n);
        assert_eq!(page_range(150, 1), 100..150);
        assert_eq!(clamp_page(150, 5), 1);
    }

    #[test]
    fn pages_are_named_in_words() {
        assert_eq!(page_name(35_000, 1), "101 à 200");
        assert_eq!(page_status(35_000, 349), "Communes 34\u{a0}901 à 35\u{a0}000 sur 35\u{a0}000, dans l'ordre du classement.");
        assert_eq!(step_label(35_000, 0, true).as_deref(), Some("Les 100 suivantes"));
        assert_eq!(step_label(35_000, 0, false), None);
        assert_eq!(step_label(150, 0, true).as_deref(), Some("Les 50 suivantes"));
        assert_eq!(step_label(150, 1, true), None);
        assert_eq!(step_label(150, 1, false).as_deref(), Some("Les 100 précédentes"));
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1\u{a0}000");
        i18n::with_lang(i18n::Lang::En, || {
            assert_eq!(page_status(35_000, 1), "Communes 101 to 200 of 35,000, in ranking order.");
            assert_eq!(step_label(150, 1, false).as_deref(), Some("Previous 100"));
            assert_eq!(step_label(35_000, 0, true).as_deref(), Some("Next 100"));
        });
    }

    #[test]
    fn the_chosen_communes_in_rank_order() {
        let b = bars(300);
        let chosen = vec![b[250].code.clone(), b[3].code.clone(), "99999".to_owned()];
        let rows = chosen_bars(&b, &chosen);
        assert_eq!(rows.iter().map(|r| r.rank).collect::<Vec<_>>(), vec![4, 251]);
    }
}
