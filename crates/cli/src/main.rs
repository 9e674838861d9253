//! `en-action`: the command-line tool for the data files.
//!
//! - `en-action check [PATH]`: checks a data folder (default `indicators`: its
//!   `territory.json`, every indicator, deck and actions file it lists, and warns about the folder's
//!   files it does not list) or one file (against the `territory.json` of its folder or a
//!   parent, or `--territory FILE`). Prints a summary line, then errors before warnings, each
//!   with file, line, column and JSON path, in French; `--all` lists every repeated problem,
//!   `--format json` writes machine-readable diagnostics (see `output::json`).
//! - `en-action import CSV --template FILE.json [--denominator CSV] [--output OUT.json]`: turns
//!   a spreadsheet export into an indicator file with the template's metadata (see
//!   `en_action_core::import` for the layouts), checked like any indicator file; the JSON goes
//!   to `--output` or the standard output, what was detected and the warnings to the standard
//!   error.
//! - `en-action schema [DIR]`: writes the JSON Schemas of the file formats into `DIR/schema`.
//!
//! Exit codes: 0 no error (warnings allowed); 1 at least one error in the data; 2 a usage
//! error or a path that cannot be read.

mod check;
mod folder;
mod import;
mod output;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use en_action_core::schema::schemas;

use crate::folder::shown;

#[derive(Parser)]
#[command(name = "en-action", version, about = "Vérifie les fichiers de données du tableau de bord « En action ».")]
#[command(after_help = "Codes de sortie : 0 aucune erreur (avertissements possibles) ; 1 au moins une erreur dans les données ; 2 erreur d'utilisation ou chemin illisible.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Vérifie un dossier de données ou un seul fichier (territoire, indicateur, présentation, actions).
    #[command(after_help = "Codes de sortie : 0 aucune erreur ; 1 au moins une erreur ; 2 erreur d'utilisation ou chemin illisible.")]
    Check {
        /// Le dossier des données (avec territory.json) ou un fichier .json.
        #[arg(default_value = "indicators")]
        path: PathBuf,
        /// Le fichier du territoire, pour vérifier un seul fichier (par défaut : territory.json de son dossier ou d'un dossier parent).
        #[arg(long)]
        territory: Option<PathBuf>,
        /// Format de sortie : text (pour les personnes) ou json (pour une chaîne de publication).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Affiche chaque problème, sans regrouper ceux qui se répètent.
        #[arg(long)]
        all: bool,
    },
    /// Convertit un export de tableur (CSV) en fichier d'indicateur, avec les métadonnées d'un fichier modèle.
    #[command(after_help = "Formats reconnus : large (commune;2019;2020;…), long (commune;année;valeur), long avec numérateur et dénominateur (commune;année;numérateur;dénominateur), ou un ratio en deux fichiers larges (--denominator). Séparateur ; , ou tabulation ; virgule ou point décimal ; UTF-8 ou Windows-1252 (Excel). Communes par code INSEE ou par nom.\n\nCodes de sortie : 0 fichier écrit ; 1 problèmes dans les données ; 2 erreur d'utilisation ou fichier illisible.")]
    Import {
        /// Le fichier CSV (pour un ratio en deux fichiers : celui du numérateur).
        csv: PathBuf,
        /// Un fichier d'indicateur dont reprendre les métadonnées (titre, source, unité, agrégation…).
        #[arg(long)]
        template: PathBuf,
        /// Pour un ratio en deux fichiers larges : le CSV du dénominateur.
        #[arg(long)]
        denominator: Option<PathBuf>,
        /// Le fichier du territoire (par défaut : territory.json du dossier du modèle ou d'un dossier parent).
        #[arg(long)]
        territory: Option<PathBuf>,
        /// Où écrire le fichier JSON (par défaut : la sortie standard).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Écrit les schémas JSON des formats de fichiers dans DOSSIER/schema.
    Schema {
        /// Le dossier des données.
        #[arg(default_value = "indicators")]
        dir: PathBuf,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    match cli.command {
        Command::Check { path, territory, format, all } => run_check(&path, territory.as_deref(), format, all),
        Command::Import { csv, template, denominator, territory, output } => {
            let request = import::Request { csv: &csv, template: &template, denominator: denominator.as_deref(), territory: territory.as_deref() };
            run_import(&request, output.as_deref())
        }
        Command::Schema { dir } => write_schemas(&dir),
    }
}

fn run_check(path: &Path, territory: Option<&Path>, format: Format, all: bool) -> ExitCode {
    let outcome = if path.is_dir() { check::check_folder(path) } else { check::check_file(path, territory) };
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let text = match format {
        Format::Text => output::text::render(&outcome.diagnostics, outcome.files, all),
        Format::Json => output::json::render(&outcome.diagnostics, outcome.files),
    };
    print!("{text}");
    if outcome.diagnostics.iter().any(|d| d.is_error()) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn run_import(request: &import::Request, output: Option<&Path>) -> ExitCode {
    let imported = match import::run(request) {
        Ok(imported) => imported,
        Err(import::Failure::Usage(message)) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
        Err(import::Failure::Data(diagnostics)) => {
            eprint!("{}", output::text::render(&diagnostics, 1, false));
            return ExitCode::FAILURE;
        }
    };
    eprintln!("Lu : {}", imported.notes.join(", "));
    if !imported.warnings.is_empty() {
        eprint!("{}", output::text::render(&imported.warnings, 1, false));
    }
    match output {
        None => print!("{}", imported.json),
        Some(path) => {
            if let Err(e) = std::fs::write(path, &imported.json) {
                eprintln!("{} : écriture impossible ({e})", shown(path));
                return ExitCode::from(2);
            }
            eprintln!("Écrit : {} ; ajoutez-le à la liste « indicators » de territory.json s'il est nouveau.", shown(path));
        }
    }
    ExitCode::SUCCESS
}

fn write_schemas(dir: &Path) -> ExitCode {
    let target = dir.join("schema");
    if let Err(e) = std::fs::create_dir_all(&target) {
        eprintln!("{} : dossier impossible à créer ({e})", shown(&target));
        return ExitCode::from(2);
    }
    for (name, text) in schemas() {
        let path = target.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("{} : écriture impossible ({e})", shown(&path));
            return ExitCode::from(2);
        }
        println!("{}", shown(&path));
    }
    ExitCode::SUCCESS
}
