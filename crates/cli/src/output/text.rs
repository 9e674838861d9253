//! Text output: the summary line first (« 2 erreurs, 1 avertissement dans 21 fichiers »), then
//! each diagnostic with its file, line, column and JSON path. Beyond [`GROUP_FROM`] problems of
//! the same kind in the same file, one line says how many with the first places, unless
//! `all` asks for every one.

use std::collections::HashMap;
use std::fmt::Write;

use en_action_core::diagnostic::{count, summary, Diagnostic, Severity};

use super::{kind, ordered};

/// From this many problems of one kind in one file, they are grouped.
pub const GROUP_FROM: usize = 4;
/// Places shown in a group's line.
const EXAMPLES: usize = 3;

pub fn render(diagnostics: &[Diagnostic], files: usize, all: bool) -> String {
    let mut out = format!("{} dans {}\n", summary(diagnostics), count(files, "fichier", "fichiers"));
    let ordered = ordered(diagnostics);
    let key = |d: &Diagnostic| (d.file.clone(), d.severity, kind(&d.problem));
    let mut groups: HashMap<(std::sync::Arc<str>, Severity, String), Vec<&Diagnostic>> = HashMap::new();
    for d in &ordered {
        groups.entry(key(d)).or_default().push(d);
    }
    for d in ordered {
        let group = &groups[&key(d)];
        if all || group.len() < GROUP_FROM {
            let _ = writeln!(out, "{d}");
        } else if std::ptr::eq(group[0], d) {
            let _ = writeln!(out, "{}", grouped(group));
        }
    }
    out
}

/// « f.json : 27 371 avertissements du même type, comme : aucune valeur pour 2019 … ; par
/// exemple ligne 14 (values.62001), ligne 15 (values.62003), … ; --all pour tout afficher »
fn grouped(group: &[&Diagnostic]) -> String {
    let first = group[0];
    let (one, many) = match first.severity {
        Severity::Error => ("erreur", "erreurs"),
        Severity::Warning => ("avertissement", "avertissements"),
    };
    let places: Vec<String> = group
        .iter()
        .take(EXAMPLES)
        .map(|d| {
            let at = d.position.map(|p| format!("ligne {}, colonne {}", p.line, p.column)).unwrap_or_default();
            format!("{at} ({})", d.path).trim().to_owned()
        })
        .collect();
    format!(
        "{} : {} du même type, comme : {} ; par exemple {}, … ; --all pour tout afficher",
        first.file,
        count(group.len(), one, many),
        first.problem,
        places.join(", ")
    )
}
