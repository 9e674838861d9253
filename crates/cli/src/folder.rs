//! Reading data files from disk safely: never outside the data folder (even through a
//! symbolic link), never beyond the size cap, and the list of the folder's JSON files to find
//! those the territory file does not list.

use std::path::{Path, PathBuf};

use en_action_core::diagnostic::{Diagnostic, JsonPath, Problem, Severity};
use en_action_core::limits::MAX_FILE_BYTES;

/// Displays a path with `/` separators.
pub fn shown(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// An error about a whole file.
pub fn file_error(file: &str, problem: Problem) -> Diagnostic {
    Diagnostic { severity: Severity::Error, file: file.into(), position: None, path: JsonPath::root(), problem }
}

/// Reads `path`, which must lie inside `folder` once links are resolved and weigh at most
/// [`MAX_FILE_BYTES`]; otherwise a diagnostic naming the file.
pub fn read_inside(folder: &Path, path: &Path) -> Result<Vec<u8>, Diagnostic> {
    let file = shown(path);
    let unreadable = |e: std::io::Error| file_error(&file, Problem::Unreadable(e.to_string()));
    let root = folder.canonicalize().map_err(unreadable)?;
    let real = path.canonicalize().map_err(unreadable)?;
    if !real.starts_with(&root) {
        return Err(file_error(&file, Problem::Structure(format!("fichier hors du dossier des données ({}) : il n'est pas lu", shown(&real)))));
    }
    read_capped(path)
}

/// Reads `path` if it weighs at most [`MAX_FILE_BYTES`].
pub fn read_capped(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    let file = shown(path);
    let unreadable = |e: std::io::Error| file_error(&file, Problem::Unreadable(e.to_string()));
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES {
        let mb = |n: u64| n.div_ceil(1_000_000);
        return Err(file_error(&file, Problem::Structure(format!("fichier trop volumineux : {} Mo, au-delà de la limite de {} Mo ; il n'est pas lu", mb(size), mb(MAX_FILE_BYTES)))));
    }
    std::fs::read(path).map_err(unreadable)
}

/// The `.json` files below `folder`, as paths relative to it with `/`, except the schemas.
pub fn json_files(folder: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut pending: Vec<PathBuf> = vec![folder.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else { continue };
            let Ok(relative) = path.strip_prefix(folder) else { continue };
            let relative = shown(relative);
            if kind.is_dir() && relative != "schema" {
                pending.push(path);
            } else if kind.is_file() && relative.ends_with(".json") {
                found.push(relative);
            }
        }
    }
    found.sort();
    found
}

/// The folder of `file` or its nearest parent that holds `name`.
pub fn find_upwards(file: &Path, name: &str) -> Option<PathBuf> {
    let start = file.canonicalize().ok()?;
    start.ancestors().skip(1).map(|dir| dir.join(name)).find(|candidate| candidate.is_file())
}
