//! INSEE commune codes.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An INSEE commune code (« code officiel géographique »): five characters, the department
/// (two digits, or `2A`/`2B` for Corsica) then three digits, e.g. `62498` for Lens.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(transparent)]
#[schemars(description = "Code INSEE de la commune (5 caractères, ex. 62498)")]
pub struct CommuneCode(#[schemars(regex(pattern = r"^(\d{2}|2[AB])\d{3}$"))] String);

impl CommuneCode {
    /// Parses a code; `None` when it is not of the INSEE form.
    pub fn parse(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        let department = b.len() == 5
            && (b[..2].iter().all(u8::is_ascii_digit) || (b[0] == b'2' && matches!(b[1], b'A' | b'B')));
        (department && b[2..].iter().all(u8::is_ascii_digit)).then(|| Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CommuneCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for CommuneCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "code commune « {text} » invalide : un code INSEE a 5 caractères, comme 62498"
            ))
        })
    }
}

/// The known code closest to `unknown`, to suggest a correction: fewest differing
/// characters first (at most two), then the numerically nearest.
pub fn closest<'a>(unknown: &str, known: impl IntoIterator<Item = &'a CommuneCode>) -> Option<&'a CommuneCode> {
    let number = |s: &str| s.parse::<i64>().ok();
    known
        .into_iter()
        .map(|code| {
            let distance = typo_distance(unknown, code.as_str());
            let numeric = match (number(unknown), number(code.as_str())) {
                (Some(a), Some(b)) => (a - b).unsigned_abs(),
                _ => u64::MAX,
            };
            (distance, numeric, code)
        })
        .filter(|(distance, _, _)| *distance <= 2)
        .min_by(|a, b| (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)))
        .map(|(_, _, code)| code)
}

/// Typing distance between two short strings: insertions, deletions, substitutions and
/// swaps of two neighbouring characters each count one (optimal string alignment), so
/// 62501 is one step from 62510.
pub fn typo_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for j in 0..=b.len() {
        d[0][j] = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_insee_codes() {
        assert!(CommuneCode::parse("62498").is_some());
        assert!(CommuneCode::parse("2A004").is_some());
        assert!(CommuneCode::parse("6249").is_none());
        assert!(CommuneCode::parse("62 98").is_none());
        assert!(CommuneCode::parse("2C004").is_none());
        assert!(CommuneCode::parse("624988").is_none());
    }

    #[test]
    fn suggests_the_nearest_known_code() {
        let known: Vec<CommuneCode> = ["62498", "62510", "62998"].iter().filter_map(|c| CommuneCode::parse(c)).collect();
        assert_eq!(closest("62999", &known).map(CommuneCode::as_str), Some("62998"));
        assert_eq!(closest("62489", &known).map(CommuneCode::as_str), Some("62498"));
        assert_eq!(closest("13055", &known), None);
        assert_eq!(typo_distance("kitten", "sitting"), 3);
        assert_eq!(typo_distance("62501", "62510"), 1);
        assert_eq!(typo_distance("62501", "62801"), 1);
        assert_eq!(typo_distance("62510", "62510"), 0);
        assert_eq!(typo_distance("ca", "abc"), 3);
        assert_eq!(typo_distance("", "abc"), 3);
    }
}
