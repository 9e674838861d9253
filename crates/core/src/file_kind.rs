//! What a data file is, told from its name and its top-level fields: the same rule for the
//! command line and the browser workbench.

use crate::actions::ACTIONS_FILE;

/// The kinds of data files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Territory,
    Indicator,
    Deck,
    /// The project's actions (`actions.json`).
    Actions,
    /// A spreadsheet export, to import as an indicator file.
    Csv,
}

/// The territory file's name.
pub const TERRITORY_FILE: &str = "territory.json";

impl FileKind {
    /// `territory.json` or a JSON object with `communes` is a territory file, `actions.json`
    /// or one with `axes` the actions file, one with `slides` a deck, any other JSON an
    /// indicator file; a `.csv`, `.tsv` or `.txt` file, or a text that does not start like
    /// JSON, a spreadsheet export.
    pub fn of(name: &str, bytes: &[u8]) -> FileKind {
        let lower = name.to_lowercase();
        let base = lower.rsplit(['/', '\\']).next().unwrap_or(&lower);
        if base == TERRITORY_FILE {
            return FileKind::Territory;
        }
        if base == ACTIONS_FILE {
            return FileKind::Actions;
        }
        let start = bytes.iter().position(|b| !b.is_ascii_whitespace() && !matches!(b, 0xEF | 0xBB | 0xBF)).map(|i| bytes[i]);
        let looks_json = matches!(start, Some(b'{' | b'[')) || start.is_none();
        if [".csv", ".tsv", ".txt"].iter().any(|e| base.ends_with(e)) || (!base.ends_with(".json") && !looks_json) {
            return FileKind::Csv;
        }
        // Only the top-level keys are read: the values are skipped without being built.
        #[derive(serde::Deserialize)]
        struct Keys {
            communes: Option<serde::de::IgnoredAny>,
            slides: Option<serde::de::IgnoredAny>,
            axes: Option<serde::de::IgnoredAny>,
        }
        match serde_json::from_slice::<Keys>(bytes) {
            // A territory file has `axes` too.
            Ok(Keys { communes: Some(_), .. }) => FileKind::Territory,
            Ok(Keys { slides: Some(_), .. }) => FileKind::Deck,
            Ok(Keys { axes: Some(_), .. }) => FileKind::Actions,
            _ => FileKind::Indicator,
        }
    }

    /// « fichier d'indicateur », « fichier du territoire »…
    pub fn label_fr(self) -> &'static str {
        match self {
            FileKind::Territory => "fichier du territoire",
            FileKind::Indicator => "fichier d'indicateur",
            FileKind::Deck => "fichier de présentation",
            FileKind::Actions => "fichier des actions",
            FileKind::Csv => "export de tableur (CSV)",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::FileKind;

    #[test]
    fn kinds_from_name_and_fields() {
        assert_eq!(FileKind::of("territory.json", b"garbage"), FileKind::Territory);
        assert_eq!(FileKind::of("indicators/Territory.json", b""), FileKind::Territory);
        assert_eq!(FileKind::of("t.json", br#"{"communes": []}"#), FileKind::Territory);
        assert_eq!(FileKind::of("conseil.json", br#"{"slides": []}"#), FileKind::Deck);
        assert_eq!(FileKind::of("indicators/actions.json", b"garbage"), FileKind::Actions);
        assert_eq!(FileKind::of("Actions.JSON", b""), FileKind::Actions);
        assert_eq!(FileKind::of("projet.json", br#"{"format": 1, "axes": []}"#), FileKind::Actions);
        assert_eq!(FileKind::of("t.json", br#"{"axes": [], "communes": []}"#), FileKind::Territory, "a territory file has axes too");
        assert_eq!(FileKind::of("no2.json", br#"{"id": "no2"}"#), FileKind::Indicator);
        assert_eq!(FileKind::of("no2.json", b"{ truncated"), FileKind::Indicator);
        assert_eq!(FileKind::of("no2.json", b"commune;2019"), FileKind::Indicator, "a .json file is checked as JSON");
        assert_eq!(FileKind::of("export.CSV", b"{"), FileKind::Csv);
        assert_eq!(FileKind::of("collé", b"\xEF\xBB\xBFcommune;2019\n"), FileKind::Csv);
        assert_eq!(FileKind::of("collé", b"  {\"id\": 1}"), FileKind::Indicator);
        assert_eq!(FileKind::of("collé", b"commune;2019\n"), FileKind::Csv, "pasted CSV without BOM");
        assert_eq!(FileKind::of("collé", b"\xEF\xBB\xBF{\"id\": 1}"), FileKind::Indicator, "JSON after a BOM");
        let labels: Vec<&str> = [FileKind::Territory, FileKind::Indicator, FileKind::Deck, FileKind::Actions, FileKind::Csv].iter().map(|k| k.label_fr()).collect();
        assert_eq!(labels, ["fichier du territoire", "fichier d'indicateur", "fichier de présentation", "fichier des actions", "export de tableur (CSV)"]);
    }
}
