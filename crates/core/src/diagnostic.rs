//! Problems found in a data file, each with its file, position and JSON path, worded in French
//! for the staff who edit the files.

use std::fmt;
use std::sync::Arc;

use crate::data_path::PathFault;
use crate::link::LinkFault;
use crate::series::Year;

/// Whether a problem stops the file from being published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `text`.
    pub fn at_offset(text: &str, offset: usize) -> Self {
        let before = text.get(..offset.min(text.len())).unwrap_or(text);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// Shared when a path is extended (a national file places tens of thousands of warnings
    /// under the same table key).
    Key(Arc<str>),
    Index(usize),
}

/// Where a value sits in a JSON document, e.g. `values.62498[3]`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct JsonPath(pub Vec<Segment>);

impl JsonPath {
    pub fn root() -> Self {
        Self::default()
    }

    pub fn key(&self, key: impl Into<Arc<str>>) -> Self {
        self.then(Segment::Key(key.into()))
    }

    pub fn index(&self, index: usize) -> Self {
        self.then(Segment::Index(index))
    }

    /// This path and one more step, allocated once at its length (a national file may place
    /// thousands of warnings).
    fn then(&self, segment: Segment) -> Self {
        JsonPath(self.0.iter().cloned().chain([segment]).collect())
    }

    pub fn segments(&self) -> &[Segment] {
        &self.0
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if i == 0 => write!(f, "{key}")?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// What is wrong, in French. Each variant says what was expected and what was found.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Problem {
    #[error("le fichier n'est pas encodé en UTF-8 (octet invalide) ; enregistrez-le en UTF-8")]
    NotUtf8,
    #[error("le fichier est vide ; attendu : un objet JSON")]
    Empty,
    #[error("le fichier commence par « {found} » ; attendu : un objet JSON qui commence par « {{ »")]
    NotAnObject { found: char },
    #[error("le fichier est tronqué : le JSON s'arrête avant la fin de l'objet (crochet ou accolade fermante manquant)")]
    Truncated,
    #[error("JSON invalide : {0}")]
    Syntax(String),
    #[error("{0}")]
    Structure(String),
    #[error("fichier illisible : {0}")]
    Unreadable(String),
    #[error("version de format {found} non prise en charge ; attendu : {expected}")]
    UnsupportedFormat { found: u32, expected: u32 },
    #[error("code commune « {found} » invalide : un code INSEE a 5 caractères, comme 62498")]
    InvalidCommuneCode { found: String },
    #[error("code commune inconnu {code}{}", suggestion.as_ref().map(|s| format!(" ; la commune la plus proche est {s} ?")).unwrap_or_default())]
    UnknownCommune { code: String, suggestion: Option<String> },
    #[error("commune {code} ({name}) absente ; attendu : une ligne pour chacune des communes du territoire")]
    MissingCommune { code: String, name: String },
    #[error("commune {code} en double")]
    DuplicateCommune { code: String },
    #[error("année {year} en double")]
    DuplicateYear { year: Year },
    #[error("années dans le désordre : {year} après {previous} ; attendu : des années croissantes")]
    UnsortedYears { previous: Year, year: Year },
    #[error("{found} valeurs pour {expected} années ; attendu : une valeur (ou null) par année de « years »")]
    LengthMismatch { expected: usize, found: usize },
    #[error("les {rows} lignes ont {found} valeurs pour {expected} années{}", rows_hint(*found, *expected, *last_year))]
    RowsLengthMismatch { rows: usize, found: usize, expected: usize, last_year: Option<Year> },
    #[error("virgule décimale dans « {found} » : en JSON la virgule sépare les valeurs, la ligne a donc une valeur de trop ; remplacez {found} par {fixed}")]
    DecimalComma { found: String, fixed: String },
    #[error("{found} est sans doute {expected} ({name}), absent du fichier ; corrigez le code")]
    MistypedCode { found: String, expected: String, name: String },
    #[error("valeur non numérique {found} ; attendu : un nombre avec un point décimal, ou null si la donnée manque")]
    NotNumeric { found: String },
    #[error("valeur négative {} ; attendu : une valeur positive ou nulle", shown(*value))]
    Negative { value: f64 },
    #[error("valeur {} hors de l'intervalle attendu [{} ; {}]", shown(*value), shown(*min), shown(*max))]
    OutOfRange { value: f64, min: f64, max: f64 },
    #[error("valeur {} invraisemblable : au-delà de ± {} ; vérifiez l'unité et le séparateur décimal", shown(*value), shown(*limit))]
    Implausible { value: f64, limit: f64 },
    #[error("{found} décimales ; attendu : au plus {max}")]
    TooManyDecimals { found: u8, max: u8 },
    #[error("texte de {length} caractères ; attendu : au plus {max}")]
    TextTooLong { length: usize, max: usize },
    #[error("caractère invisible U+{code_point:04X} dans le texte ; retirez-le (caractère de contrôle ou de changement de sens d'écriture)")]
    InvisibleCharacter { code_point: u32 },
    #[error("année {year} invraisemblable ; attendu : une année entre {min} et {max}")]
    ImplausibleYear { year: Year, min: Year, max: Year },
    #[error("lien « {} » refusé : {}", excerpt(found), link_fault(*fault))]
    UnsafeLink { found: String, fault: LinkFault },
    #[error("chemin « {} » refusé : {fault}", excerpt(found))]
    UnsafePath { found: String, fault: PathFault },
    #[error("objectif {target_year} antérieur à la dernière donnée ({last_year}) ; attendu : une année d'objectif postérieure aux données")]
    TargetBeforeData { target_year: Year, last_year: Year },
    #[error("axe inconnu « {found} » ; axes du territoire : {known}")]
    UnknownAxis { found: String, known: String },
    #[error("numérateur sans dénominateur : la règle « ratio » demande « numerator » et « denominator »")]
    NumeratorWithoutDenominator,
    #[error("dénominateur sans numérateur : la règle « ratio » demande « numerator » et « denominator »")]
    DenominatorWithoutNumerator,
    #[error("la règle « {rule} » demande « {expected} »")]
    MissingData { rule: &'static str, expected: &'static str },
    #[error("« {found} » n'a pas de sens avec la règle « {rule} »")]
    UnexpectedData { rule: &'static str, found: &'static str },
    #[error("identifiant d'indicateur « {id} » déjà utilisé par {other}")]
    DuplicateIndicator { id: String, other: String },
    #[error("identifiant « {id} » différent du nom du fichier ; attendu : « {expected} »")]
    IdMismatch { id: String, expected: String },
    #[error("{what} vide ; attendu : au moins un élément")]
    EmptyList { what: &'static str },
    #[error("couleur « {found} » invalide ; attendu : une couleur hexadécimale comme #1f6f8b")]
    InvalidColour { found: String },
    #[error("date « {found} » invalide ; attendu : AAAA-MM-JJ, AAAA-MM ou AAAA")]
    InvalidDate { found: String },
    #[error("position de tuile ({col}, {row}) hors de la grille {cols} × {rows}")]
    TileOutsideGrid { col: u32, row: u32, cols: u32, rows: u32 },
    #[error("tuile ({col}, {row}) déjà occupée par {other}")]
    TileTaken { col: u32, row: u32, other: String },
    #[error("rupture de série en {year}, hors des années du fichier")]
    BreakOutsideYears { year: Year },
    #[error("dénominateur nul en {year} pour un numérateur de {numerator}")]
    ZeroDenominator { year: Year, numerator: f64 },
    #[error("fichier absent de territory.json : il ne sera pas publié ; ajoutez \"{file}\" à la liste « {list} » de territory.json, ou retirez-le du dossier")]
    NotListed { file: String, list: &'static str },
    #[error("aucune valeur pour {years} ; la couverture est incomplète")]
    CoverageGap { years: String },
    #[error("identifiant « {id} » en double : déjà utilisé en {first}")]
    DuplicateId { id: String, first: String },
    #[error("identifiant « {} » invalide ; attendu : 1 à 60 lettres minuscules sans accent, chiffres, « - » ou « _ »", excerpt(found))]
    InvalidId { found: String },
    #[error("indicateur « {} » inconnu : il n'est pas listé dans le fichier du territoire", excerpt(id))]
    UnknownIndicator { id: String },
    #[error("fin ({end}) antérieure au début ({start}) ; attendu : une fin égale ou postérieure au début")]
    EndBeforeStart { start: String, end: String },
    #[error("action réalisée sans date de fin ; ajoutez « end » (la date d'achèvement)")]
    DoneWithoutEnd,
    #[error("budget {} € invraisemblable ; attendu : un montant en euros entre 0 et 10 milliards", shown(*value))]
    ImplausibleBudget { value: f64 },
    #[error("balise « {} » dans le texte : le texte s'affiche tel quel, la balise apparaîtrait ; retirez-la", excerpt(found))]
    MarkupInText { found: String },
    #[error("{field} vide ; attendu : un texte")]
    MissingText { field: &'static str },
    #[error("axe « {axis} » du territoire absent du fichier des actions")]
    MissingAxis { axis: String },
    #[error("fichier des actions absent de territory.json : il ne sera pas publié ; ajoutez \"actions\": \"{file}\" à territory.json, ou retirez-le du dossier")]
    ActionsNotListed { file: String },
}

impl Problem {
    /// The kind of a problem, in snake_case (`unknown_commune`), the same for every
    /// instance: what grouped lists and machine-readable output use.
    pub fn kind(&self) -> String {
        let debug = format!("{self:?}");
        let name = debug.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
        let mut snake = String::with_capacity(name.len() + 4);
        for (i, c) in name.chars().enumerate() {
            if c.is_uppercase() && i > 0 {
                snake.push('_');
            }
            snake.extend(c.to_lowercase());
        }
        snake
    }
}

/// A number as written in a message: plain when reasonable, in scientific notation when huge
/// or tiny (a message never prints 309 digits).
fn shown(value: f64) -> String {
    let magnitude = value.abs();
    if value.is_finite() && (magnitude == 0.0 || (1e-6..1e15).contains(&magnitude)) {
        value.to_string()
    } else {
        format!("{value:e}")
    }
}

/// Text from a file quoted in a message: at most 60 characters, control characters escaped.
fn excerpt(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().take(60) {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    if text.chars().count() > 60 {
        out.push('…');
    }
    out
}

/// What a uniform length mismatch most likely means.
fn rows_hint(found: usize, expected: usize, last_year: Option<Year>) -> String {
    let last = last_year.map(|y| format!(" (la dernière est {y})")).unwrap_or_default();
    if found < expected {
        format!(" : une année a sans doute été ajoutée à « years » sans ses valeurs{last} ; ajoutez une valeur (ou null) à chaque ligne, ou retirez l'année")
    } else {
        " : il manque sans doute une année dans « years » ; ajoutez-la, dans l'ordre".to_owned()
    }
}

fn link_fault(fault: LinkFault) -> &'static str {
    match fault {
        LinkFault::Scheme => "seules les adresses https:, http: et mailto: sont acceptées",
        LinkFault::Whitespace => "il contient des espaces ou des caractères invisibles",
        LinkFault::Empty => "l'adresse est incomplète",
    }
}

/// A problem in a file, with where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Shared by every diagnostic of a file (a national file may have tens of thousands).
    pub file: Arc<str>,
    pub position: Option<Position>,
    pub path: JsonPath,
    pub problem: Problem,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// « indicators/chomage.json, ligne 14, colonne 9 (values.62999) : code commune inconnu … »
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(p) = self.position {
            write!(f, ", ligne {}, colonne {}", p.line, p.column)?;
        }
        if !self.path.0.is_empty() {
            write!(f, " ({})", self.path)?;
        }
        let label = match self.severity {
            Severity::Error => "",
            Severity::Warning => "avertissement : ",
        };
        write!(f, " : {label}{}", self.problem)
    }
}

/// The summary line put before a list of diagnostics: « 2 erreurs, 1 avertissement ».
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    format!("{}, {}", count(errors, "erreur", "erreurs"), count(diagnostics.len() - errors, "avertissement", "avertissements"))
}

/// « 0 erreur », « 1 erreur », « 27 371 erreurs » (French: the plural starts at 2).
pub fn count(n: usize, one: &str, many: &str) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + 4);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push('\u{a0}');
        }
        grouped.push(digit);
    }
    format!("{grouped} {}", if n >= 2 { many } else { one })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_text_is_cut_after_sixty_characters() {
        assert_eq!(excerpt(&"a".repeat(60)), "a".repeat(60));
        assert_eq!(excerpt(&"a".repeat(61)), format!("{}…", "a".repeat(60)));
        assert_eq!(excerpt("a\u{7}b"), "a\\u{7}b", "control characters escaped");
    }

    #[test]
    fn counts_in_french() {
        assert_eq!(count(0, "erreur", "erreurs"), "0 erreur");
        assert_eq!(count(1, "erreur", "erreurs"), "1 erreur");
        assert_eq!(count(123_456, "erreur", "erreurs"), "123\u{a0}456 erreurs", "no space before the first group");
        assert_eq!(count(2, "erreur", "erreurs"), "2 erreurs");
        assert_eq!(count(27_371, "avertissement", "avertissements"), "27\u{a0}371 avertissements");
        assert_eq!(count(1_000_000, "a", "b"), "1\u{a0}000\u{a0}000 b");
        let d = |severity| Diagnostic { severity, file: "f".into(), position: None, path: JsonPath::root(), problem: Problem::Empty };
        assert_eq!(summary(&[d(Severity::Error), d(Severity::Warning), d(Severity::Error)]), "2 erreurs, 1 avertissement");
        assert_eq!(summary(&[]), "0 erreur, 0 avertissement");
    }

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "{\n  \"é\": 1,\n  \"x\": 2\n}";
        let offset = text.find("\"x\"").unwrap();
        assert_eq!(Position::at_offset(text, offset), Position { line: 3, column: 3 });
        let offset = text.find('1').unwrap();
        assert_eq!(Position::at_offset(text, offset), Position { line: 2, column: 8 });
    }

    #[test]
    fn displays_in_french_with_place() {
        let d = Diagnostic {
            severity: Severity::Error,
            file: "indicators/chomage.json".into(),
            position: Some(Position { line: 14, column: 9 }),
            path: JsonPath::root().key("values").key("62999"),
            problem: Problem::UnknownCommune { code: "62999".into(), suggestion: Some("62998".into()) },
        };
        assert_eq!(
            d.to_string(),
            "indicators/chomage.json, ligne 14, colonne 9 (values.62999) : code commune inconnu 62999 ; la commune la plus proche est 62998 ?"
        );
    }
}
