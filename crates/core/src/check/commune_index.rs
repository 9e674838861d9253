//! Finding the commune of each row of a table: the territory's codes as integers, in their
//! (code) order, searched in a dense array of 8-byte keys rather than among the communes
//! themselves (35,000 structures scattered in memory, two tables of 35,000 rows at national
//! scale, rows often not in code order).

use crate::code::CommuneCode;
use crate::territory::Territory;

pub(crate) struct CommuneIndex<'a> {
    pub territory: &'a Territory,
    /// The key of each commune's code, at the commune's index.
    keys: Vec<u64>,
}

impl<'a> CommuneIndex<'a> {
    pub fn new(territory: &'a Territory) -> Self {
        CommuneIndex { territory, keys: territory.communes.iter().map(|c| c.code.key()).collect() }
    }

    /// The index in the territory of the commune with `code`; the one at `hint` (rows usually
    /// come in the territory's order) is tried first.
    pub fn find(&self, code: &CommuneCode, hint: usize) -> Option<usize> {
        let key = code.key();
        if self.keys.get(hint) == Some(&key) {
            return Some(hint);
        }
        self.keys.binary_search(&key).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_territory;

    #[test]
    fn finds_each_commune_where_the_territory_has_it() {
        let codes = ["01001", "2A004", "2B001", "62001", "62498", "95999"];
        let communes: Vec<String> = codes.iter().rev().map(|c| format!("{{\"code\": \"{c}\", \"name\": \"{c}\", \"population\": [1]}}")).collect();
        let text = format!("{{\"format\": 1, \"name\": \"T\", \"short_name\": \"T\", \"census_years\": [2020], \"population_source\": {{\"name\": \"n\", \"licence\": \"l\", \"retrieved\": \"2024\"}}, \"communes\": [{}], \"axes\": [{{\"id\": \"a\", \"label\": \"A\", \"colour\": \"#000000\"}}], \"indicators\": [\"a/b.json\"]}}", communes.join(", "));
        let territory = check_territory("t.json", text.as_bytes()).expect("territory").value;
        let index = CommuneIndex::new(&territory);
        for (i, code) in codes.iter().enumerate() {
            let code = CommuneCode::parse(code).expect("code");
            for hint in [0, i.saturating_sub(1), i, i + 1, 99] {
                assert_eq!(index.find(&code, hint), Some(i), "{code} from {hint}");
            }
        }
        for unknown in ["01002", "2A003", "99999", "00000"] {
            assert_eq!(index.find(&CommuneCode::parse(unknown).expect("code"), 0), None, "{unknown}");
        }
    }
}
