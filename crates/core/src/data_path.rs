//! Paths written in the territory file (indicator files, boundaries, decks). Files are
//! untrusted input: a path must stay inside the data folder, whether the command-line
//! checker opens it from disk or the browser fetches it relative to `indicators/`.
//!
//! The rule: a relative path of plain segments separated by `/`, each made of ASCII letters,
//! digits, `-`, `_` and `.`, with no `.` or `..` segment, no empty segment, and the expected
//! extension. This refuses absolute paths (`/etc/passwd`), parent steps (`../x.json`),
//! schemes (`https://…`, `C:…`), backslashes, and percent-escapes (`%2e%2e` is `..` to a
//! browser), query strings and fragments.

use std::fmt;

/// Why a path from a data file is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathFault {
    Empty,
    Absolute,
    Parent,
    Scheme,
    Backslash,
    /// A `.` segment or an empty one (`a//b.json`).
    OddSegment,
    /// A character outside ASCII letters, digits, `-`, `_`, `.` and `/`.
    Character(char),
    /// Not ending with one of the expected extensions.
    Extension,
    TooLong,
}

impl fmt::Display for PathFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PathFault::Empty => write!(f, "chemin vide"),
            PathFault::Absolute => write!(f, "chemin absolu ; attendu : un chemin relatif au dossier des données"),
            PathFault::Parent => write!(f, "« .. » sort du dossier des données"),
            PathFault::Scheme => write!(f, "adresse ou lecteur (« : ») interdit ; attendu : un fichier du dossier des données"),
            PathFault::Backslash => write!(f, "barre oblique inverse « \\ » ; séparez les dossiers par « / »"),
            PathFault::OddSegment => write!(f, "segment vide ou « . » dans le chemin"),
            PathFault::Character(c) => write!(f, "caractère « {} » interdit ; utilisez des lettres sans accent, des chiffres, « - », « _ », « . » et « / »", c.escape_default()),
            PathFault::Extension => write!(f, "extension inattendue"),
            PathFault::TooLong => write!(f, "chemin trop long (plus de {MAX_LENGTH} caractères)"),
        }
    }
}

/// Longer paths are refused (no real data file needs more).
pub const MAX_LENGTH: usize = 200;

/// A path inside the data folder, relative to it, checked by [`DataPath::parse`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DataPath(String);

impl DataPath {
    /// Checks `text` against the rule of this module; `extensions` lists the accepted
    /// endings, e.g. `&[".json"]`.
    pub fn parse(text: &str, extensions: &[&str]) -> Result<DataPath, PathFault> {
        if text.is_empty() {
            return Err(PathFault::Empty);
        }
        if text.len() > MAX_LENGTH {
            return Err(PathFault::TooLong);
        }
        if text.contains('\\') {
            return Err(PathFault::Backslash);
        }
        if text.contains(':') {
            return Err(PathFault::Scheme);
        }
        if text.starts_with('/') || text.starts_with('~') {
            return Err(PathFault::Absolute);
        }
        for segment in text.split('/') {
            match segment {
                ".." => return Err(PathFault::Parent),
                "" | "." => return Err(PathFault::OddSegment),
                _ => {}
            }
        }
        if let Some(c) = text.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))) {
            return Err(PathFault::Character(c));
        }
        let name = text.rsplit('/').next().unwrap_or(text);
        let has_extension = extensions.iter().any(|ext| name.len() > ext.len() && name.to_ascii_lowercase().ends_with(ext));
        if !has_extension {
            return Err(PathFault::Extension);
        }
        Ok(DataPath(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for DataPath {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<std::path::Path> for DataPath {
    fn as_ref(&self) -> &std::path::Path {
        std::path::Path::new(&self.0)
    }
}

impl AsRef<std::ffi::OsStr> for DataPath {
    fn as_ref(&self) -> &std::ffi::OsStr {
        std::ffi::OsStr::new(&self.0)
    }
}

impl fmt::Display for DataPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: &[&str] = &[".json"];

    #[test]
    fn accepts_plain_relative_paths() {
        for text in ["travailler/chomage.json", "chomage.json", "a/b/c_d-2.JSON", "decks/conseil.v1.json"] {
            assert_eq!(DataPath::parse(text, JSON).map(|p| p.to_string()), Ok(text.to_owned()));
        }
        assert!(DataPath::parse("communes.geojson", &[".json", ".geojson"]).is_ok());
    }

    #[test]
    fn refuses_every_way_out_of_the_folder() {
        let cases = [
            ("", PathFault::Empty),
            ("../../../etc/passwd", PathFault::Parent),
            ("travailler/../../x.json", PathFault::Parent),
            ("..", PathFault::Parent),
            ("/etc/passwd.json", PathFault::Absolute),
            ("~/x.json", PathFault::Absolute),
            ("https://evil.example/x.json", PathFault::Scheme),
            ("C:/x.json", PathFault::Scheme),
            ("javascript:alert(1)//.json", PathFault::Scheme),
            ("..\\x.json", PathFault::Backslash),
            ("a//b.json", PathFault::OddSegment),
            ("./a.json", PathFault::OddSegment),
            ("a/", PathFault::OddSegment),
            ("%2e%2e/x.json", PathFault::Character('%')),
            ("x.json?y=1", PathFault::Character('?')),
            ("x.json#y", PathFault::Character('#')),
            ("équipements.json", PathFault::Character('é')),
            ("a b.json", PathFault::Character(' ')),
            ("a\0.json", PathFault::Character('\0')),
            ("x.txt", PathFault::Extension),
            (".json", PathFault::Extension),
            ("passwd", PathFault::Extension),
        ];
        for (text, fault) in cases {
            assert_eq!(DataPath::parse(text, JSON), Err(fault), "{text:?}");
        }
        assert_eq!(DataPath::parse(&"a".repeat(MAX_LENGTH + 1), JSON), Err(PathFault::TooLong));
        let longest = format!("{}.json", "a".repeat(MAX_LENGTH - 5));
        assert_eq!(DataPath::parse(&longest, JSON).map(|p| p.as_str().len()), Ok(MAX_LENGTH), "the limit itself is allowed");
    }

    #[test]
    fn faults_read_in_french() {
        assert_eq!(PathFault::Parent.to_string(), "« .. » sort du dossier des données");
        assert!(PathFault::Character('%').to_string().starts_with("caractère « % » interdit"));
    }
}
