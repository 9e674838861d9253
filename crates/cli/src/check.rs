//! `en-action check`: a whole data folder (the territory file, then every indicator, deck and
//! actions file it lists, then the folder's files it does not list), or one file against the
//! territory file found in its folder or a parent.

use std::path::{Path, PathBuf};

use en_action_core::actions::ACTIONS_FILE;
use en_action_core::check::{check_actions, check_deck, check_indicator, check_territory, check_unique_ids, indicator_ids, Checked};
use en_action_core::diagnostic::{Diagnostic, JsonPath, Problem, Severity};
use en_action_core::file_kind::FileKind;
use en_action_core::territory::Territory;

use crate::folder::{find_upwards, json_files, read_capped, read_inside, shown};

pub use en_action_core::file_kind::TERRITORY_FILE;

/// Every diagnostic found and the number of files read.
#[derive(Debug, Default)]
pub struct Outcome {
    pub diagnostics: Vec<Diagnostic>,
    pub files: usize,
}

impl Outcome {
    fn add<T>(&mut self, checked: Checked<T>) -> Option<T> {
        self.files += 1;
        match checked {
            Ok(accepted) => {
                self.diagnostics.extend(accepted.warnings);
                Some(accepted.value)
            }
            Err(rejected) => {
                self.diagnostics.extend(rejected.diagnostics);
                None
            }
        }
    }

    fn add_unread(&mut self, diagnostic: Diagnostic) {
        self.files += 1;
        self.diagnostics.push(diagnostic);
    }
}

/// Checks the folder `dir`. `Err` when its territory file cannot be read at all.
pub fn check_folder(dir: &Path) -> Result<Outcome, String> {
    let territory_path = dir.join(TERRITORY_FILE);
    let bytes = read_capped(&territory_path).map_err(|d| d.to_string())?;
    let mut outcome = Outcome::default();
    let Some(territory) = outcome.add(check_territory(&shown(&territory_path), &bytes)) else {
        return Ok(outcome);
    };
    let mut ids = Vec::new();
    for name in &territory.indicators {
        let path = dir.join(name);
        match read_inside(dir, &path) {
            Err(d) => outcome.add_unread(d),
            Ok(bytes) => {
                if let Some(indicator) = outcome.add(check_indicator(&shown(&path), &bytes, &territory)) {
                    ids.push((shown(&path), indicator.id));
                }
            }
        }
    }
    for name in &territory.decks {
        let path = dir.join(name);
        match read_inside(dir, &path) {
            Err(d) => outcome.add_unread(d),
            Ok(bytes) => {
                outcome.add(check_deck(&shown(&path), &bytes, &territory));
            }
        }
    }
    if let Some(name) = &territory.actions {
        let path = dir.join(name);
        match read_inside(dir, &path) {
            Err(d) => outcome.add_unread(d),
            Ok(bytes) => {
                outcome.add(check_actions(&shown(&path), &bytes, &territory, Some(&indicator_ids(&territory))));
            }
        }
    }
    outcome.diagnostics.extend(check_unique_ids(ids.iter().map(|(f, id)| (f.as_str(), id.as_str()))));
    outcome.diagnostics.extend(unlisted(dir, &territory));
    Ok(outcome)
}

/// A warning for each JSON file of the folder that the territory file does not list.
fn unlisted(dir: &Path, territory: &Territory) -> Vec<Diagnostic> {
    let listed = |file: &str| {
        file == TERRITORY_FILE
            || territory.indicators.iter().chain(&territory.decks).any(|p| p.as_str() == file)
            || territory.boundaries.as_ref().is_some_and(|b| b.as_str() == file)
            || territory.actions.as_ref().is_some_and(|a| a.as_str() == file)
    };
    json_files(dir)
        .into_iter()
        .filter(|file| !listed(file))
        .map(|file| {
            let problem = if file.rsplit('/').next() == Some(ACTIONS_FILE) {
                Problem::ActionsNotListed { file: file.clone() }
            } else {
                let list = if file.starts_with("decks/") { "decks" } else { "indicators" };
                Problem::NotListed { file: file.clone(), list }
            };
            Diagnostic { severity: Severity::Warning, file: shown(&dir.join(&file)).into(), position: None, path: JsonPath::root(), problem }
        })
        .collect()
}

/// Checks one file; an indicator or deck file against `territory` or the territory file of its
/// folder or a parent. `Err` for a file that cannot be read or has no territory file.
pub fn check_file(file: &Path, territory: Option<&Path>) -> Result<Outcome, String> {
    let bytes = read_capped(file).map_err(|d| d.to_string())?;
    let kind = FileKind::of(&shown(file), &bytes);
    let mut outcome = Outcome::default();
    if kind == FileKind::Csv {
        return Err(format!("{} : export de tableur ; convertissez-le avec « en-action import »", shown(file)));
    }
    if kind == FileKind::Territory {
        outcome.add(check_territory(&shown(file), &bytes));
        return Ok(outcome);
    }
    let territory_path: PathBuf = match territory {
        Some(path) => path.to_path_buf(),
        None => find_upwards(file, TERRITORY_FILE).ok_or_else(|| {
            format!("{} : aucun fichier {TERRITORY_FILE} dans son dossier ni au-dessus ; indiquez-le avec --territory", shown(file))
        })?,
    };
    let territory_bytes = read_capped(&territory_path).map_err(|d| d.to_string())?;
    let Some(territory) = outcome.add(check_territory(&shown(&territory_path), &territory_bytes)) else {
        return Ok(outcome);
    };
    let name = shown(file);
    match kind {
        FileKind::Actions => {
            outcome.add(check_actions(&name, &bytes, &territory, Some(&indicator_ids(&territory))));
        }
        FileKind::Deck => {
            outcome.add(check_deck(&name, &bytes, &territory));
        }
        _ => {
            outcome.add(check_indicator(&name, &bytes, &territory));
        }
    }
    Ok(outcome)
}
