//! Validation of the territory file.

use std::collections::HashSet;

use super::communes::{check_communes, CheckedCommunes};
use super::report::{Checked, Report};
use super::rows::check_years;
use super::publisher::check_publisher;
use super::source::check_source;
use super::text::{check_text, LONG_TEXT, SHORT_TEXT};
use crate::data_path::DataPath;
use crate::date::Date;
use crate::diagnostic::{JsonPath, Problem};
use crate::fast_territory::parse_territory;
use crate::territory::{Commune, Territory, TerritoryEvent, TerritoryFile, FORMAT_VERSION};

/// Parses and validates a territory file.
pub fn check_territory(file: &str, bytes: &[u8]) -> Checked<Territory> {
    let (mut raw, text) = parse_territory(file, bytes)?;
    let mut report = Report::new(file, text);
    let root = JsonPath::root();
    if raw.format != FORMAT_VERSION {
        report.error(root.key("format"), Problem::UnsupportedFormat { found: raw.format, expected: FORMAT_VERSION });
    }
    check_years(&mut report, &root.key("census_years"), &raw.census_years);
    if raw.communes.is_empty() {
        report.error(root.key("communes"), Problem::EmptyList { what: "liste des communes" });
    }
    let communes = check_communes(&mut report, std::mem::take(&mut raw.communes), &raw.census_years, raw.tile_grid);
    check_after_communes(report, raw, communes)
}

/// The checked communes, as the checks after them need them.
trait CommuneOrders {
    /// In the file's order (the places of their names' problems).
    fn in_file_order(&self) -> &[Commune];
    /// In code order, for the territory (made only if the file is accepted).
    fn in_code_order(self) -> Vec<Commune>;
}

impl CommuneOrders for CheckedCommunes {
    fn in_file_order(&self) -> &[Commune] {
        &self.communes
    }

    fn in_code_order(self) -> Vec<Commune> {
        CheckedCommunes::in_code_order(self)
    }
}

/// The checks after the communes' (axes, texts, sources, paths, events), then the territory.
fn check_after_communes(mut report: Report, raw: TerritoryFile, communes: impl CommuneOrders) -> Checked<Territory> {
    let root = JsonPath::root();
    let mut axis_ids = HashSet::new();
    for (i, axis) in raw.axes.iter().enumerate() {
        if !axis_ids.insert(axis.id.as_str()) {
            report.error(root.key("axes").index(i).key("id"), Problem::Structure(format!("axe « {} » en double", axis.id)));
        }
        if !is_hex_colour(&axis.colour) {
            report.error(root.key("axes").index(i).key("colour"), Problem::InvalidColour { found: axis.colour.clone() });
        }
    }
    if raw.axes.is_empty() {
        report.error(root.key("axes"), Problem::EmptyList { what: "liste des axes" });
    }
    if raw.indicators.is_empty() {
        report.warning(root.key("indicators"), Problem::EmptyList { what: "liste des fichiers d'indicateurs" });
    }
    check_source(&mut report, &root.key("population_source"), &raw.population_source);
    check_texts(&mut report, &raw, communes.in_file_order());
    if let Some(publisher) = &raw.publisher {
        check_publisher(&mut report, &root.key("publisher"), publisher);
    }
    let indicators = data_paths(&mut report, &root.key("indicators"), &raw.indicators, INDICATOR_EXTENSIONS);
    let decks = data_paths(&mut report, &root.key("decks"), &raw.decks, INDICATOR_EXTENSIONS);
    let actions = raw.actions.as_deref().and_then(|a| data_path(&mut report, root.key("actions"), a, INDICATOR_EXTENSIONS));
    let boundaries = raw.boundaries.as_deref().and_then(|b| data_path(&mut report, root.key("boundaries"), b, BOUNDARY_EXTENSIONS));
    let known_axes = raw.axes.iter().map(|a| a.id.as_str()).collect::<Vec<_>>().join(", ");
    let mut events = Vec::with_capacity(raw.events.len());
    for (i, event) in raw.events.iter().enumerate() {
        let path = root.key("events").index(i);
        for (j, axis) in event.axes.iter().enumerate() {
            if !axis_ids.contains(axis.as_str()) {
                report.error(path.key("axes").index(j), Problem::UnknownAxis { found: axis.clone(), known: known_axes.clone() });
            }
        }
        match Date::parse(&event.date) {
            Some(date) => events.push(TerritoryEvent { date, label: event.label.clone(), label_en: event.label_en.clone(), axes: event.axes.clone() }),
            None => report.error(path.key("date"), Problem::InvalidDate { found: event.date.clone() }),
        }
    }
    events.sort_by_key(|e| e.date);
    report.finish(|| Territory {
        of_short_name: crate::territory::of_short_name(raw.of_short_name.as_deref(), &raw.short_name),
        name: raw.name,
        short_name: raw.short_name,
        population_source: raw.population_source,
        communes: communes.in_code_order(),
        tile_grid: raw.tile_grid,
        boundaries,
        axes: raw.axes,
        indicators,
        decks,
        actions,
        baseline_year: raw.baseline_year,
        events,
        publisher: raw.publisher,
    })
}

/// Names and labels: plausible lengths, no invisible characters (`communes` in file order,
/// moved out of `raw`).
fn check_texts(report: &mut Report, raw: &TerritoryFile, communes: &[Commune]) {
    let root = JsonPath::root();
    check_text(report, || root.key("name"), &raw.name, SHORT_TEXT);
    check_text(report, || root.key("short_name"), &raw.short_name, SHORT_TEXT);
    if let Some(phrase) = &raw.of_short_name {
        check_text(report, || root.key("of_short_name"), phrase, SHORT_TEXT);
    }
    for (i, commune) in communes.iter().enumerate() {
        check_text(report, || root.key("communes").index(i).key("name"), &commune.name, SHORT_TEXT);
    }
    for (i, axis) in raw.axes.iter().enumerate() {
        check_text(report, || root.key("axes").index(i).key("label"), &axis.label, SHORT_TEXT);
        check_text(report, || root.key("axes").index(i).key("description"), &axis.description, LONG_TEXT);
        if let Some(label) = &axis.label_en {
            check_text(report, || root.key("axes").index(i).key("label_en"), label, SHORT_TEXT);
        }
        if let Some(description) = &axis.description_en {
            check_text(report, || root.key("axes").index(i).key("description_en"), description, LONG_TEXT);
        }
    }
    for (i, event) in raw.events.iter().enumerate() {
        check_text(report, || root.key("events").index(i).key("label"), &event.label, SHORT_TEXT);
        if let Some(label) = &event.label_en {
            check_text(report, || root.key("events").index(i).key("label_en"), label, SHORT_TEXT);
        }
    }
}

/// Indicator, deck and actions files are JSON files.
const INDICATOR_EXTENSIONS: &[&str] = &[".json"];
/// Boundaries are GeoJSON, whose registered extension is `.geojson`.
const BOUNDARY_EXTENSIONS: &[&str] = &[".json", ".geojson"];

/// Checks a path to a file of the data folder (see [`DataPath`]).
fn data_path(report: &mut Report, path: JsonPath, text: &str, extensions: &[&str]) -> Option<DataPath> {
    match DataPath::parse(text, extensions) {
        Ok(data_path) => Some(data_path),
        Err(fault) => {
            report.error(path, Problem::UnsafePath { found: text.to_owned(), fault });
            None
        }
    }
}

fn data_paths(report: &mut Report, path: &JsonPath, texts: &[String], extensions: &[&str]) -> Vec<DataPath> {
    texts.iter().enumerate().filter_map(|(i, text)| data_path(report, path.index(i), text, extensions)).collect()
}

fn is_hex_colour(text: &str) -> bool {
    text.len() == 7 && text.starts_with('#') && text[1..].chars().all(|c| c.is_ascii_hexdigit())
}

#[cfg(test)]
mod pinned;
