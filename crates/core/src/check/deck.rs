//! Validation of a deck file against its territory: every slide names a known axis,
//! indicator and communes, with a plausible period.

use super::indicator::id_of_file;
use super::report::{Checked, Report};
use super::rows::check_year;
use super::text::{check_text, LONG_TEXT, SHORT_TEXT};
use crate::code::CommuneCode;
use crate::deck::{Deck, DeckFile, SlidePage, SlideView, DECK_FORMAT, MAX_SLIDES};
use crate::diagnostic::{JsonPath, Problem};
use crate::parse::parse_json;
use crate::territory::Territory;

/// Parses and validates the deck file `file`.
pub fn check_deck(file: &str, bytes: &[u8], territory: &Territory) -> Checked<Deck> {
    let (raw, text) = parse_json::<DeckFile>(file, bytes)?;
    let mut report = Report::new(file, text);
    let root = JsonPath::root();
    if raw.format != DECK_FORMAT {
        report.error(root.key("format"), Problem::UnsupportedFormat { found: raw.format, expected: DECK_FORMAT });
    }
    let stem = id_of_file(file);
    if raw.id != stem {
        report.error(root.key("id"), Problem::IdMismatch { id: raw.id.clone(), expected: stem.to_owned() });
    }
    check_text(&mut report, || root.key("title"), &raw.title, SHORT_TEXT);
    if raw.slides.is_empty() {
        report.error(root.key("slides"), Problem::EmptyList { what: "liste des diapositives" });
    }
    if raw.slides.len() > MAX_SLIDES {
        report.error(root.key("slides"), Problem::Structure(format!("{} diapositives ; attendu : au plus {MAX_SLIDES}", raw.slides.len())));
    }
    for (i, slide) in raw.slides.iter().enumerate() {
        let path = root.key("slides").index(i);
        if let Some(title) = &slide.title {
            check_text(&mut report, || path.key("title"), title, SHORT_TEXT);
        }
        if let Some(notes) = &slide.notes {
            check_text(&mut report, || path.key("notes"), notes, LONG_TEXT);
        }
        check_view(&mut report, &path.key("view"), &slide.view, territory);
    }
    report.finish(|| Deck { id: raw.id, title: raw.title, slides: raw.slides })
}

fn check_view(report: &mut Report, path: &JsonPath, view: &SlideView, territory: &Territory) {
    let needs = |report: &mut Report, present: bool, field: &'static str| {
        if !present {
            report.error(path.clone(), Problem::Structure(format!("champ « {field} » manquant pour cette page")));
        }
    };
    match view.page {
        SlidePage::Accueil | SlidePage::Actions => {}
        SlidePage::Axe => needs(report, view.axe.is_some(), "axe"),
        SlidePage::Indicateur => needs(report, view.id.is_some(), "id"),
        SlidePage::Commune => needs(report, !view.communes.is_empty(), "communes"),
    }
    if let Some(axis) = &view.axe {
        if territory.axis(axis).is_none() {
            let known = territory.axes.iter().map(|a| a.id.as_str()).collect::<Vec<_>>().join(", ");
            report.error(path.key("axe"), Problem::UnknownAxis { found: axis.clone(), known });
        }
    }
    if let Some(id) = &view.id {
        if !territory.indicators.iter().any(|f| id_of_file(f) == id) {
            report.error(path.key("id"), Problem::Structure(format!("indicateur « {id} » inconnu : il n'est pas listé dans le fichier du territoire")));
        }
    }
    for (i, code) in view.communes.iter().enumerate() {
        if territory.commune_by_code(code).is_none() {
            let found = CommuneCode::parse(code).map_or_else(|| code.clone(), |c| c.to_string());
            report.error(path.key("communes").index(i), Problem::UnknownCommune { code: found, suggestion: None });
        }
    }
    for (key, year) in [("de", view.de), ("a", view.a), ("annee", view.annee)] {
        if let Some(year) = year {
            check_year(report, || path.key(key), year);
        }
    }
    if let (Some(from), Some(to)) = (view.de, view.a) {
        if from > to {
            report.error(path.key("a"), Problem::Structure(format!("période inversée : « de » ({from}) est après « a » ({to})")));
        }
    }
}
