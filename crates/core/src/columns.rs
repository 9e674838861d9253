//! Commune rows read straight into columns, for the checker: one flat column of values and
//! one text of keys for the whole table, so reading 35,000 rows of 15 years allocates a few
//! growing vectors instead of a string and a vector per row and a cell per value.
//!
//! The JSON is still read by serde_json (the same parser as [`CommuneRows`], with the same
//! expectations), so a file that fails fails with exactly the same located diagnostic.
//!
//! [`CommuneRows`]: crate::cell::CommuneRows

use std::fmt;
use std::ops::Range;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

/// Rows keyed by commune code, in file order, duplicates kept (to be reported); each row
/// holds the values of its years, `None` for `null` or for a value that is not a number
/// (those are listed in [`Columns::invalid`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Columns {
    /// Every key, one after the other.
    keys: String,
    /// Per row: its key in `keys`, its values in `values`.
    rows: Vec<(Range<usize>, Range<usize>)>,
    values: Vec<Option<f64>>,
    /// Values that are not numbers (index in `values`, description), in file order.
    invalid: Vec<(usize, String)>,
    /// Per row, where its key is in the file, when the reader knew it (see [`crate::scan`]):
    /// problems of a row are then placed without searching the text.
    places: Vec<KeyPlace>,
}

/// Where a row's key is: its byte offset, its line (from 1) and the offset of that line's
/// start, as [`crate::diagnostic::Position::at_offset`] counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyPlace {
    pub offset: usize,
    pub line: usize,
    pub line_start: usize,
}

/// One row of a [`Columns`] table.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    pub key: &'a str,
    pub values: &'a [Option<f64>],
    /// The index of the row's first value in the whole table (see [`Columns::invalid`]).
    pub first: usize,
    /// Where the row's key is in the file, if known.
    pub place: Option<KeyPlace>,
}

impl Columns {
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The rows, in file order.
    pub fn rows(&self) -> impl ExactSizeIterator<Item = Row<'_>> + Clone + '_ {
        self.rows.iter().enumerate().map(|(i, (key, values))| Row {
            key: &self.keys[key.clone()],
            values: &self.values[values.clone()],
            first: values.start,
            place: self.places.get(i).copied(),
        })
    }

    /// The values that are not numbers: index in the table (a row's `first` plus the index in
    /// the row) and what was found, in file order.
    pub fn invalid(&self) -> &[(usize, String)] {
        &self.invalid
    }

    /// What was found at index `at` of the table, if it is not a number.
    pub fn invalid_at(&self, at: usize) -> Option<&str> {
        let i = self.invalid.binary_search_by_key(&at, |(i, _)| *i).ok()?;
        Some(&self.invalid[i].1)
    }

    /// An empty table with room for as many rows, keys and values as `other` holds.
    pub(crate) fn with_capacity_of(other: &Columns) -> Self {
        Columns {
            keys: String::with_capacity(other.keys.len()),
            rows: Vec::with_capacity(other.rows.len()),
            values: Vec::with_capacity(other.values.len()),
            invalid: Vec::new(),
            places: Vec::with_capacity(other.places.len()),
        }
    }

    /// Appends a row (for tests and conversions).
    pub fn push(&mut self, key: &str, cells: impl IntoIterator<Item = Result<Option<f64>, String>>) {
        let key_start = self.keys.len();
        self.keys.push_str(key);
        let start = self.values.len();
        for cell in cells {
            self.push_value(cell);
        }
        self.rows.push((key_start..self.keys.len(), start..self.values.len()));
    }

    /// Starts a row whose key is at `place` in the file (see [`crate::scan`]); give the
    /// returned mark to [`Columns::end_row`] once its values are pushed.
    pub(crate) fn begin_row(&mut self, key: &str, place: KeyPlace) -> (Range<usize>, usize) {
        let start = self.keys.len();
        self.keys.push_str(key);
        self.places.push(place);
        (start..self.keys.len(), self.values.len())
    }

    pub(crate) fn end_row(&mut self, (key, start): (Range<usize>, usize)) {
        self.rows.push((key, start..self.values.len()));
    }

    /// Appends a value to the current row.
    #[inline(always)]
    pub(crate) fn push_number(&mut self, value: Option<f64>) {
        self.values.push(value);
    }

    /// The same table without the places of its keys (to compare readers).
    pub fn without_places(mut self) -> Self {
        self.places = Vec::new();
        self
    }

    fn push_value(&mut self, cell: Result<Option<f64>, String>) {
        match cell {
            Ok(value) => self.values.push(value),
            Err(found) => {
                self.invalid.push((self.values.len(), found));
                self.values.push(None);
            }
        }
    }
}

impl<'de> Deserialize<'de> for Columns {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(TableVisitor)
    }
}

/// The table: same expectations as [`crate::cell::CommuneRows`].
struct TableVisitor;

impl<'de> Visitor<'de> for TableVisitor {
    type Value = Columns;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("un objet { \"code commune\": [valeurs par année] }")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Columns, A::Error> {
        let mut table = Columns::default();
        while let Some(key) = map.next_key_seed(KeySeed(&mut table.keys))? {
            let start = table.values.len();
            map.next_value_seed(RowSeed(&mut table))?;
            table.rows.push((key, start..table.values.len()));
        }
        Ok(table)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Columns, A::Error> {
        Err(de::Error::custom("type invalide : une liste ; attendu : un objet { \"code commune\": [valeurs par année] }"))
    }
}

/// A key, appended to the text of keys; gives its place there.
struct KeySeed<'a>(&'a mut String);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Range<usize>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Range<usize>, D::Error> {
        deserializer.deserialize_string(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = Range<usize>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_str<E>(self, v: &str) -> Result<Range<usize>, E> {
        let start = self.0.len();
        self.0.push_str(v);
        Ok(start..self.0.len())
    }
}

/// A row: a list of cells, appended to the table (same expectation as a `Vec`).
struct RowSeed<'a>(&'a mut Columns);

impl<'de> DeserializeSeed<'de> for RowSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for RowSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a sequence")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(cell) = seq.next_element_seed(CellSeed)? {
            self.0.push_value(cell);
        }
        Ok(())
    }
}

/// One cell, read as [`crate::cell::Cell`] reads it: a number, `null`, or something else kept
/// as text to be reported.
struct CellSeed;

impl<'de> DeserializeSeed<'de> for CellSeed {
    type Value = Result<Option<f64>, String>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for CellSeed {
    type Value = Result<Option<f64>, String>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("un nombre ou null")
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(if v.is_finite() { Ok(Some(v)) } else { Err(v.to_string()) })
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Ok(Some(v as f64)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Ok(Some(v as f64)))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Ok(None))
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Ok(None))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Err(format!("« {v} »")))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Err(v.to_string()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Err("une liste".into()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Err("un objet".into()))
    }
}
