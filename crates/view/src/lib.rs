//! View models of En action: what each view shows, computed from the core and formatted in
//! French, and the ECharts options of its charts. Pure Rust, tested natively; the Leptos
//! components only render these.

pub mod card;
pub mod chart;
pub mod classes;
pub mod fetch_policy;
pub mod format;
pub mod lines;
pub mod markup;
pub mod offline;
pub mod profile;
pub mod rank;
pub mod rank_pages;
pub mod reference;
pub mod year_values;
pub mod verdict;
pub mod url;
pub mod csv;
pub mod downloads;
pub mod embed;
pub mod export;
pub mod table;
pub mod finding;
pub mod workbench;
pub mod deck;
pub mod actions;
pub mod site;
pub mod i18n;
