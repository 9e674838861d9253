//! The documented layouts of a spreadsheet export, told from its header row:
//! - wide: a commune column, then one column per year (`commune;2019;2020;2021`);
//! - long: `commune;année;valeur`;
//! - long ratio: `commune;année;numérateur;dénominateur`.
//!
//! (A ratio can also come as two wide files, one for the numerator and one for the
//! denominator.) Header names are matched without regard to case and accents.

use crate::fold::fold;
use crate::series::Year;

/// A layout and where its columns are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Layout {
    /// The commune column, then (column, year) pairs.
    Wide { commune: usize, years: Vec<(usize, Year)> },
    Long { commune: usize, year: usize, value: usize },
    LongRatio { commune: usize, year: usize, numerator: usize, denominator: usize },
}

impl Layout {
    pub fn label_fr(&self) -> &'static str {
        match self {
            Layout::Wide { .. } => "large (une colonne par année)",
            Layout::Long { .. } => "long (commune ; année ; valeur)",
            Layout::LongRatio { .. } => "long avec numérateur et dénominateur",
        }
    }
}

const COMMUNE: [&str; 7] = ["commune", "communes", "code", "code commune", "insee", "code insee", "codgeo"];
const YEAR: [&str; 3] = ["annee", "an", "year"];
const VALUE: [&str; 3] = ["valeur", "value", "valeurs"];
const NUMERATOR: [&str; 2] = ["numerateur", "numerator"];
const DENOMINATOR: [&str; 2] = ["denominateur", "denominator"];

/// The layout of `header`, or `None` when it is none of the documented ones.
pub fn detect(header: &[String]) -> Option<Layout> {
    let names: Vec<String> = header.iter().map(|h| fold(h)).collect();
    let find = |candidates: &[&str]| names.iter().position(|n| candidates.contains(&n.as_str()));
    let commune = find(&COMMUNE).or_else(|| (!names.is_empty() && as_year(&names[0]).is_none()).then_some(0))?;
    if let Some(year) = find(&YEAR) {
        if let (Some(numerator), Some(denominator)) = (find(&NUMERATOR), find(&DENOMINATOR)) {
            return Some(Layout::LongRatio { commune, year, numerator, denominator });
        }
        return find(&VALUE).map(|value| Layout::Long { commune, year, value });
    }
    let years: Vec<(usize, Year)> = names.iter().enumerate().filter(|(i, _)| *i != commune).filter_map(|(i, n)| as_year(n).map(|y| (i, y))).collect();
    (!years.is_empty()).then_some(Layout::Wide { commune, years })
}

/// A header cell that is a year (« 2019 », « année 2019 »).
fn as_year(name: &str) -> Option<Year> {
    let digits = name.trim_start_matches("annee").trim();
    (digits.len() == 4).then(|| digits.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn tells_the_layouts_apart() {
        assert_eq!(detect(&header(&["Commune", "2019", "2020"])), Some(Layout::Wide { commune: 0, years: vec![(1, 2019), (2, 2020)] }));
        assert_eq!(detect(&header(&["Code INSEE", "Nom", "2019"])), Some(Layout::Wide { commune: 0, years: vec![(2, 2019)] }));
        assert_eq!(detect(&header(&["commune", "Année", "Valeur"])), Some(Layout::Long { commune: 0, year: 1, value: 2 }));
        assert_eq!(detect(&header(&["Année", "CODGEO", "Numérateur", "Dénominateur"])), Some(Layout::LongRatio { commune: 1, year: 0, numerator: 2, denominator: 3 }));
        assert_eq!(detect(&header(&["commune", "total"])), None);
        assert_eq!(detect(&header(&[])), None);
    }
}
