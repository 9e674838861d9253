//! The data cells of an indicator file, read leniently so that every bad value is reported
//! (with its place) instead of stopping at the first one.

use std::borrow::Cow;
use std::fmt;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One value of a yearly row: a number, `null` for a missing year, or something that is not a
/// number (kept as text to be reported).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Number(f64),
    Missing,
    Invalid(String),
}

impl<'de> Deserialize<'de> for Cell {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CellVisitor;
        impl<'de> Visitor<'de> for CellVisitor {
            type Value = Cell;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("un nombre ou null")
            }
            fn visit_f64<E>(self, v: f64) -> Result<Cell, E> {
                Ok(if v.is_finite() { Cell::Number(v) } else { Cell::Invalid(v.to_string()) })
            }
            fn visit_i64<E>(self, v: i64) -> Result<Cell, E> {
                Ok(Cell::Number(v as f64))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Cell, E> {
                Ok(Cell::Number(v as f64))
            }
            fn visit_unit<E>(self) -> Result<Cell, E> {
                Ok(Cell::Missing)
            }
            fn visit_none<E>(self) -> Result<Cell, E> {
                Ok(Cell::Missing)
            }
            fn visit_str<E>(self, v: &str) -> Result<Cell, E> {
                Ok(Cell::Invalid(format!("« {v} »")))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Cell, E> {
                Ok(Cell::Invalid(v.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Cell, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Cell::Invalid("une liste".into()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Cell, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Cell::Invalid("un objet".into()))
            }
        }
        deserializer.deserialize_any(CellVisitor)
    }
}

impl Serialize for Cell {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Number(v) => serializer.serialize_f64(*v),
            _ => serializer.serialize_none(),
        }
    }
}

impl JsonSchema for Cell {
    fn schema_name() -> Cow<'static, str> {
        "Cell".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": ["number", "null"],
            "description": "Valeur de l'année (point décimal), ou null si la donnée manque"
        })
    }
}

/// Rows keyed by commune code, in file order, duplicates kept (to be reported).
/// Columnar: each row holds one value per year of the file's `years`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommuneRows(pub Vec<(String, Vec<Cell>)>);

impl<'de> Deserialize<'de> for CommuneRows {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RowsVisitor;
        impl<'de> Visitor<'de> for RowsVisitor {
            type Value = CommuneRows;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("un objet { \"code commune\": [valeurs par année] }")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<CommuneRows, A::Error> {
                let mut rows = Vec::with_capacity(map.size_hint().unwrap_or(64));
                while let Some(entry) = map.next_entry::<String, Vec<Cell>>()? {
                    rows.push(entry);
                }
                Ok(CommuneRows(rows))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<CommuneRows, A::Error> {
                Err(de::Error::custom(
                    "type invalide : une liste ; attendu : un objet { \"code commune\": [valeurs par année] }",
                ))
            }
        }
        deserializer.deserialize_map(RowsVisitor)
    }
}

impl Serialize for CommuneRows {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl JsonSchema for CommuneRows {
    fn schema_name() -> Cow<'static, str> {
        "CommuneRows".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let cell = generator.subschema_for::<Cell>();
        json_schema!({
            "type": "object",
            "description": "Une ligne par commune : code INSEE → une valeur par année de « years »",
            "propertyNames": { "pattern": r"^(\d{2}|2[AB])\d{3}$" },
            "additionalProperties": { "type": "array", "items": cell }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_nulls_and_keeps_bad_values() {
        let cells: Vec<Cell> = serde_json::from_str(r#"[1, 2.5, null, "12,5", true, [1], {"a": 1}]"#).unwrap();
        assert_eq!(cells[0], Cell::Number(1.0));
        assert_eq!(cells[1], Cell::Number(2.5));
        assert_eq!(cells[2], Cell::Missing);
        assert_eq!(cells[3], Cell::Invalid("« 12,5 »".into()));
        assert!(matches!(cells[4..], [Cell::Invalid(_), Cell::Invalid(_), Cell::Invalid(_)]));
    }

    #[test]
    fn rows_keep_order_and_duplicates() {
        let rows: CommuneRows = serde_json::from_str(r#"{"62510": [1], "62498": [2], "62510": [3]}"#).unwrap();
        let codes: Vec<&str> = rows.0.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(codes, ["62510", "62498", "62510"]);
    }
}
