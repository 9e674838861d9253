//! The pure core of En action: indicator file format, validation, aggregation and statistics.
//!
//! No web dependency: the same code runs natively (tests, command-line checker, benchmarks)
//! and in the browser (the Leptos app).

pub mod actions;
pub mod aggregate;
pub mod cell;
pub mod check;
pub mod code;
pub mod columns;
pub mod data_path;
pub mod date;
pub mod deck;
pub mod diagnostic;
pub mod direction;
pub mod fast_parse;
pub mod fast_territory;
pub mod file_kind;
pub mod fold;
pub mod import;
pub mod indicator;
pub mod limits;
pub mod link;
pub mod locate;
pub mod locator;
pub mod parse;
pub mod rollup;
pub mod scan;
pub mod schema;
pub mod series;
pub mod source;
pub mod stats;
pub mod territory;
mod walk;

pub use direction::Direction;
pub use series::{Series, Year};
