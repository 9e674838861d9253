//! Where dropped files go for the preview: each replaces the published file it stands for, or
//! joins the data folder as a new one. Paths are relative to the data folder.

use en_action_core::actions::ACTIONS_FILE;
use en_action_core::check::id_of_file;
use en_action_core::data_path::DataPath;
use en_action_core::file_kind::{FileKind, TERRITORY_FILE};
use en_action_core::territory::Territory;

/// A file dropped on the workbench, as far as placing it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    pub name: String,
    pub kind: FileKind,
    /// The `id` and `axis` fields of an indicator file, when they can be read.
    pub id: Option<String>,
    pub axis: Option<String>,
}

/// Where `file` goes, and whether it replaces a listed file (`true`) or is new (`false`);
/// `None` for a CSV (its import is placed as an indicator file).
pub fn place(territory: &Territory, file: &Dropped) -> Option<(String, bool)> {
    let base = file.name.rsplit(['/', '\\']).next().unwrap_or(&file.name);
    let same_name = |paths: &[DataPath]| paths.iter().map(DataPath::as_str).find(|p| p.rsplit('/').next() == Some(base)).map(str::to_owned);
    match file.kind {
        FileKind::Csv => None,
        FileKind::Territory => Some((TERRITORY_FILE.to_owned(), true)),
        FileKind::Indicator => {
            let listed = || territory.indicators.iter().map(|p| p.as_str());
            let by_id = || file.id.as_deref().and_then(|id| listed().find(|p| id_of_file(p) == id).map(str::to_owned));
            same_name(&territory.indicators).or_else(by_id).map(|p| (p, true)).or_else(|| {
                let name = file.id.as_ref().map_or_else(|| base.to_owned(), |id| format!("{id}.json"));
                Some((file.axis.as_ref().map_or(name.clone(), |axis| format!("{axis}/{name}")), false))
            })
        }
        FileKind::Deck => same_name(&territory.decks).map(|p| (p, true)).or_else(|| Some((format!("decks/{base}"), false))),
        // The territory's actions file, or the usual name when it lists none.
        FileKind::Actions => Some(territory.actions.as_ref().map_or_else(|| (ACTIONS_FILE.to_owned(), false), |p| (p.as_str().to_owned(), true))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use en_action_core::check::check_territory;

    fn territory() -> Territory {
        let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../indicators/territory.json")).expect("territory");
        check_territory("territory.json", &bytes).expect("valid").value
    }

    fn dropped(name: &str, kind: FileKind, id: Option<&str>, axis: Option<&str>) -> Dropped {
        Dropped { name: name.into(), kind, id: id.map(Into::into), axis: axis.map(Into::into) }
    }

    #[test]
    fn a_dropped_file_replaces_the_published_one_or_is_new() {
        let t = territory();
        assert_eq!(place(&t, &dropped("no2.json", FileKind::Indicator, Some("no2"), Some("respirer"))), Some(("respirer/no2.json".into(), true)));
        // A browser renames a second download « no2 (1).json »: its id still finds it.
        assert_eq!(place(&t, &dropped("no2 (1).json", FileKind::Indicator, Some("no2"), None)), Some(("respirer/no2.json".into(), true)));
        assert_eq!(place(&t, &dropped("velos.json", FileKind::Indicator, Some("velos"), Some("bouger"))), Some(("bouger/velos.json".into(), false)));
        assert_eq!(place(&t, &dropped("x.json", FileKind::Indicator, None, None)), Some(("x.json".into(), false)));
        assert_eq!(place(&t, &dropped("mon-territoire.json", FileKind::Territory, None, None)), Some(("territory.json".into(), true)));
        assert_eq!(place(&t, &dropped("conseil-communautaire.json", FileKind::Deck, None, None)), Some(("decks/conseil-communautaire.json".into(), true)));
        assert_eq!(place(&t, &dropped("autre.json", FileKind::Deck, None, None)), Some(("decks/autre.json".into(), false)));
        assert_eq!(place(&t, &dropped("export.csv", FileKind::Csv, None, None)), None);
        assert_eq!(place(&t, &dropped("actions (1).json", FileKind::Actions, None, None)), Some(("actions.json".into(), true)));
        let without = Territory { actions: None, ..t };
        assert_eq!(place(&without, &dropped("projet.json", FileKind::Actions, None, None)), Some(("actions.json".into(), false)));
    }
}
