//! INSEE commune codes.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize, Serializer};

/// An INSEE commune code (« code officiel géographique »): five characters, the department
/// (two digits, or `2A`/`2B` for Corsica) then three digits, e.g. `62498` for Lens.
///
/// Held as its five ASCII bytes: no allocation per code, and codes compare as one integer
/// (35,000 communes are sorted and searched by code several times per file).
#[derive(Clone, Eq)]
pub struct CommuneCode([u8; 5]);

impl CommuneCode {
    /// Parses a code; `None` when it is not of the INSEE form.
    pub fn parse(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        let department = b.len() == 5
            && (b[..2].iter().all(u8::is_ascii_digit) || (b[0] == b'2' && matches!(b[1], b'A' | b'B')));
        let bytes: [u8; 5] = b.try_into().ok()?;
        (department && b[2..].iter().all(u8::is_ascii_digit)).then_some(Self(bytes))
    }

    pub fn as_str(&self) -> &str {
        // Five ASCII bytes, checked by `parse`.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// The bytes as one integer, in the same order as the text.
    pub(crate) fn key(&self) -> u64 {
        let [a, b, c, d, e] = self.0;
        u64::from_be_bytes([0, 0, 0, a, b, c, d, e])
    }
}

impl PartialEq for CommuneCode {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}

impl Ord for CommuneCode {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl PartialOrd for CommuneCode {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Hash for CommuneCode {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key().hash(state);
    }
}

impl fmt::Debug for CommuneCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("CommuneCode").field(&self.as_str()).finish()
    }
}

impl Serialize for CommuneCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl JsonSchema for CommuneCode {
    fn schema_name() -> Cow<'static, str> {
        "CommuneCode".into()
    }
    fn schema_id() -> Cow<'static, str> {
        concat!(module_path!(), "::CommuneCode").into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Code INSEE de la commune (5 caractères, ex. 62498)",
            "type": "string",
            "pattern": r"^(\d{2}|2[AB])\d{3}$"
        })
    }
}

impl fmt::Display for CommuneCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CommuneCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// Reads the text where it is (as `String` would, same expectation), without a copy.
        struct CodeVisitor;
        impl serde::de::Visitor<'_> for CodeVisitor {
            type Value = CommuneCode;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<CommuneCode, E> {
                CommuneCode::parse(text).ok_or_else(|| {
                    E::custom(format!("code commune « {text} » invalide : un code INSEE a 5 caractères, comme 62498"))
                })
            }
        }
        deserializer.deserialize_string(CodeVisitor)
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
    fn codes_order_compare_and_print_as_their_text() {
        let texts = ["01001", "09999", "10000", "2A004", "2B001", "20999", "21000", "62498", "62510", "95999", "2A003"];
        for a in texts {
            for b in texts {
                let (ca, cb) = (CommuneCode::parse(a).unwrap(), CommuneCode::parse(b).unwrap());
                assert_eq!(ca.cmp(&cb), a.cmp(b), "{a} {b}");
                assert_eq!(ca == cb, a == b, "{a} {b}");
            }
        }
        let code = CommuneCode::parse("2A004").unwrap();
        assert_eq!(format!("{code:?} {code}"), "CommuneCode(\"2A004\") 2A004");
        assert_eq!(serde_json::to_string(&code).unwrap(), "\"2A004\"");
        assert_eq!(serde_json::from_str::<CommuneCode>("\"2A004\"").unwrap(), code);
        assert_eq!(serde_json::from_str::<CommuneCode>("\"2\\u0041004\"").unwrap(), code, "escapes read");
        let error = serde_json::from_str::<CommuneCode>("\"62 98\"").unwrap_err().to_string();
        assert_eq!(error, "code commune « 62 98 » invalide : un code INSEE a 5 caractères, comme 62498 at line 1 column 7");
        let error = serde_json::from_str::<CommuneCode>("62498").unwrap_err().to_string();
        assert_eq!(error, "invalid type: integer `62498`, expected a string at line 1 column 5");
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
