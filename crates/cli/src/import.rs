//! `en-action import`: a spreadsheet export (CSV) becomes an indicator file, with the same
//! code as the browser workbench (`en_action_core::import`). The metadata comes from an
//! existing indicator file (`--template`); the territory file is found upwards from it or
//! given with `--territory`.

use std::path::{Path, PathBuf};

use en_action_core::check::check_territory;
use en_action_core::diagnostic::Diagnostic;
use en_action_core::import::{import_csv, ImportOptions, Imported};
use en_action_core::indicator::IndicatorFile;

use crate::check::TERRITORY_FILE;
use crate::folder::{find_upwards, read_capped, shown};

/// What `import` was asked.
pub struct Request<'a> {
    pub csv: &'a Path,
    pub template: &'a Path,
    pub denominator: Option<&'a Path>,
    pub territory: Option<&'a Path>,
}

/// Why an import gave no file.
pub enum Failure {
    /// A file could not be read, or the request makes no sense (exit code 2).
    Usage(String),
    /// The data has problems (exit code 1).
    Data(Vec<Diagnostic>),
}

/// Imports the CSV of `request`.
pub fn run(request: &Request) -> Result<Imported, Failure> {
    let read = |path: &Path| read_capped(path).map_err(|d| Failure::Usage(d.to_string()));
    let template_bytes = read(request.template)?;
    let template: IndicatorFile = serde_json::from_slice(&template_bytes)
        .map_err(|e| Failure::Usage(format!("{} : modèle illisible ({e}) ; vérifiez-le d'abord avec « en-action check »", shown(request.template))))?;
    let territory_path: PathBuf = match request.territory {
        Some(path) => path.to_path_buf(),
        None => find_upwards(request.template, TERRITORY_FILE).ok_or_else(|| {
            Failure::Usage(format!("{} : aucun fichier {TERRITORY_FILE} dans son dossier ni au-dessus ; indiquez-le avec --territory", shown(request.template)))
        })?,
    };
    let territory = check_territory(&shown(&territory_path), &read(&territory_path)?).map_err(|r| Failure::Data(r.diagnostics))?.value;
    let denominator = match request.denominator {
        Some(path) => Some((shown(path), read(path)?)),
        None => None,
    };
    let options = ImportOptions { template, denominator };
    import_csv(&shown(request.csv), &read(request.csv)?, &options, &territory).map_err(Failure::Data)
}
