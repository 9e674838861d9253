//! The communes of a territory file: codes unique, populations aligned with the census
//! years, tiles inside the grid and each taken once; then the communes in code order.
//!
//! Repeated codes are found by sorting the codes once, which also gives the code order,
//! rather than by hashing each (35,000 communes at national scale).

use std::collections::HashMap;

use super::report::Report;
use super::rows::{check_cells, RowYears};
use crate::diagnostic::{JsonPath, Problem};
use crate::indicator::Range;
use crate::series::Year;
use crate::territory::{Commune, CommuneEntry, TileGrid};

/// The communes as checked, in file order, and their code order.
pub(crate) struct CheckedCommunes {
    /// In file order, as the problems are reported.
    pub communes: Vec<Commune>,
    /// Each code (as its integer key) with the index of its commune, sorted by code then
    /// index.
    by_code: Vec<(u64, usize)>,
}

impl CheckedCommunes {
    /// The communes sorted by code (moved, not copied).
    pub fn in_code_order(self) -> Vec<Commune> {
        if self.by_code.iter().enumerate().all(|(k, &(_, i))| k == i) {
            return self.communes;
        }
        let mut slots: Vec<Option<Commune>> = self.communes.into_iter().map(Some).collect();
        self.by_code.iter().filter_map(|&(_, i)| slots.get_mut(i).and_then(Option::take)).collect()
    }
}

/// Checks the entries of `communes` (each reported at `communes[i]`), in file order.
pub(crate) fn check_communes(report: &mut Report, entries: Vec<CommuneEntry>, census_years: &[Year], grid: Option<TileGrid>) -> CheckedCommunes {
    // Plain integers: the same sort as the ranking's, one copy of it in the Wasm.
    let mut by_code: Vec<(u64, usize)> = entries.iter().enumerate().map(|(i, e)| (e.code.key(), i)).collect();
    by_code.sort_unstable();
    // A code seen before in the file: the second of two neighbours with the same code.
    let mut repeated = vec![false; entries.len()];
    for pair in by_code.windows(2) {
        if pair[0].0 == pair[1].0 {
            repeated[pair[1].1] = true;
        }
    }
    let years = RowYears::new(census_years);
    let root = JsonPath::root();
    // Each tile taken, with the index of the last commune on it.
    let mut tiles = HashMap::new();
    let mut communes: Vec<Commune> = Vec::with_capacity(entries.len());
    for (i, entry) in entries.into_iter().enumerate() {
        let path = || root.key("communes").index(i);
        if repeated[i] {
            report.error(path().key("code"), Problem::DuplicateCommune { code: entry.code.to_string() });
        }
        let population = check_cells(report, || path().key("population"), &entry.population, &years, Range::default());
        if let Some(tile) = entry.tile {
            if let Some(grid) = grid {
                if tile.col >= grid.cols || tile.row >= grid.rows {
                    report.error(path().key("tile"), Problem::TileOutsideGrid { col: tile.col, row: tile.row, cols: grid.cols, rows: grid.rows });
                }
            }
            if let Some(other) = tiles.insert((tile.col, tile.row), i).and_then(|other| communes.get(other)) {
                report.error(path().key("tile"), Problem::TileTaken { col: tile.col, row: tile.row, other: other.name.clone() });
            }
        }
        communes.push(Commune { code: entry.code, name: entry.name, population, tile: entry.tile });
    }
    CheckedCommunes { communes, by_code }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cell::Cell;
    use crate::code::CommuneCode;
    use crate::territory::Tile;

    fn entry(code: &str, name: &str, tile: Option<(u32, u32)>) -> CommuneEntry {
        let code = CommuneCode::parse(code).expect("code");
        CommuneEntry { code, name: name.to_owned(), population: vec![Cell::Number(1.0)], tile: tile.map(|(col, row)| Tile { col, row }) }
    }

    fn check(entries: Vec<CommuneEntry>) -> (Vec<String>, Vec<String>) {
        let mut report = Report::new("t.json", "{}");
        let checked = check_communes(&mut report, entries, &[2020], Some(TileGrid { cols: 3, rows: 3 }));
        let sorted = checked.in_code_order().iter().map(|c| format!("{} {}", c.code, c.name)).collect();
        let problems = report.reject().diagnostics.iter().map(|d| format!("{} {}", d.path, d.problem)).collect();
        (sorted, problems)
    }

    #[test]
    fn every_repeat_of_a_code_and_of_a_tile_is_reported_in_file_order() {
        let (sorted, problems) = check(vec![
            entry("62510", "B", Some((0, 0))),
            entry("62001", "A", Some((0, 0))),
            entry("62510", "C", Some((5, 0))),
            entry("62510", "D", Some((0, 0))),
        ]);
        assert_eq!(sorted, ["62001 A", "62510 B", "62510 C", "62510 D"]);
        assert_eq!(
            problems,
            [
                "communes[1].tile tuile (0, 0) déjà occupée par B",
                "communes[2].code commune 62510 en double",
                "communes[2].tile position de tuile (5, 0) hors de la grille 3 × 3",
                "communes[3].code commune 62510 en double",
                "communes[3].tile tuile (0, 0) déjà occupée par A",
            ]
        );
    }

    #[test]
    fn communes_come_out_in_code_order_with_their_populations() {
        let mut report = Report::new("t.json", "{}");
        let checked = check_communes(&mut report, vec![entry("62003", "C", None), entry("2A004", "A", None), entry("62001", "B", None)], &[2020], None);
        assert_eq!(checked.communes.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["C", "A", "B"], "file order first");
        let sorted = checked.in_code_order();
        assert_eq!(sorted.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(), ["2A004", "62001", "62003"]);
        assert!(sorted.iter().all(|c| c.population.get(2020) == Some(1.0)));
        assert!(!report.has_errors());
    }
}
