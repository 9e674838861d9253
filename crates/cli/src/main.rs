//! `en-action`: the command-line tool for the indicator files.
//!
//! - `en-action check [DIR]`: validates `DIR/territory.json` and every indicator file it lists;
//!   prints every problem with its file, line, column and JSON path; exits 1 on any error.
//! - `en-action schema [DIR]`: writes the JSON Schemas of the file formats into `DIR`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use en_action_core::check::{check_indicator, check_territory, check_unique_ids};
use en_action_core::diagnostic::Diagnostic;
use en_action_core::schema::schemas;

const TERRITORY_FILE: &str = "territory.json";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = |i: usize| PathBuf::from(args.get(i).map_or("indicators", String::as_str));
    match args.first().map(String::as_str) {
        Some("check") => check(&dir(1)),
        Some("schema") => write_schemas(&dir(1)),
        _ => {
            eprintln!("usage : en-action check [DOSSIER] | en-action schema [DOSSIER]");
            ExitCode::from(2)
        }
    }
}

/// Displays a file path relative to the working directory, with `/` separators.
fn shown(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn check(dir: &Path) -> ExitCode {
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    let territory_path = dir.join(TERRITORY_FILE);
    let read = |path: &Path| std::fs::read(path).map_err(|e| format!("{} : fichier illisible ({e})", shown(path)));
    let bytes = match read(&territory_path) {
        Ok(bytes) => bytes,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let territory = match check_territory(&shown(&territory_path), &bytes) {
        Ok(accepted) => {
            diagnostics.extend(accepted.warnings);
            accepted.value
        }
        Err(rejected) => {
            diagnostics.extend(rejected.diagnostics);
            return report(&diagnostics, 0, 0);
        }
    };
    let mut ids = Vec::new();
    let mut accepted_count = 0;
    for name in &territory.indicators {
        let path = dir.join(name);
        let file = shown(&path);
        let bytes = match read(&path) {
            Ok(bytes) => bytes,
            Err(message) => {
                eprintln!("{message}");
                diagnostics.push(unreadable(&file, message));
                continue;
            }
        };
        match check_indicator(&file, &bytes, &territory) {
            Ok(accepted) => {
                accepted_count += 1;
                ids.push((file, accepted.value.id));
                diagnostics.extend(accepted.warnings);
            }
            Err(rejected) => diagnostics.extend(rejected.diagnostics),
        }
    }
    diagnostics.extend(check_unique_ids(ids.iter().map(|(f, id)| (f.as_str(), id.as_str()))));
    report(&diagnostics, accepted_count, territory.indicators.len())
}

fn unreadable(file: &str, message: String) -> Diagnostic {
    Diagnostic {
        severity: en_action_core::diagnostic::Severity::Error,
        file: file.to_owned(),
        position: None,
        path: Default::default(),
        problem: en_action_core::diagnostic::Problem::Unreadable(message),
    }
}

fn report(diagnostics: &[Diagnostic], accepted: usize, total: usize) -> ExitCode {
    for d in diagnostics {
        println!("{d}");
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    println!("{accepted} fichier(s) d'indicateur valide(s) sur {total} ; {errors} erreur(s), {warnings} avertissement(s).");
    if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn write_schemas(dir: &Path) -> ExitCode {
    let target = dir.join("schema");
    if let Err(e) = std::fs::create_dir_all(&target) {
        eprintln!("{} : dossier impossible à créer ({e})", shown(&target));
        return ExitCode::FAILURE;
    }
    for (name, text) in schemas() {
        let path = target.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("{} : écriture impossible ({e})", shown(&path));
            return ExitCode::FAILURE;
        }
        println!("{}", shown(&path));
    }
    ExitCode::SUCCESS
}
