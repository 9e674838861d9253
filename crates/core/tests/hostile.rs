//! The corpus of hostile and broken files under `tests/fixtures/hostile/`: each file is either
//! refused with a located French error (file, JSON path, line and column, and the words that
//! say what is wrong) or accepted on purpose (markup in text is shown as text, a `mailto:`
//! link is a link, a byte order mark is harmless). The list below is the corpus's catalogue:
//! a file without a line here fails the last test.

use std::collections::BTreeSet;
use std::path::PathBuf;

use en_action_core::check::{check_indicator, check_territory};
use en_action_core::diagnostic::Diagnostic;
use en_action_core::territory::Territory;

#[derive(Clone, Copy)]
enum Kind {
    Indicator,
    Territory,
}

#[derive(Clone, Copy)]
enum Expect {
    /// Refused with an error at this JSON path (`""` for the root) whose message contains
    /// the fragment.
    Refused(&'static str, &'static str),
    /// Accepted on purpose.
    Accepted,
}

use Expect::{Accepted, Refused};
use Kind::{Indicator, Territory as Terr};

const CASES: &[(&str, Kind, Expect)] = &[
    // Links
    ("link_javascript", Indicator, Refused("source.url", "seules les adresses https:, http: et mailto:")),
    ("link_data", Indicator, Refused("source.url", "seules les adresses https:, http: et mailto:")),
    ("link_hidden_space", Indicator, Refused("source.url", "espaces ou des caractères invisibles")),
    ("link_relative", Indicator, Refused("source.url", "lien « ../../admin » refusé")),
    ("link_mailto", Indicator, Accepted),
    ("territory_link", Terr, Refused("population_source.url", "lien « javascript:alert(1) » refusé")),
    // Markup in text: kept as text (the app never renders it as markup)
    ("markup_everywhere", Indicator, Accepted),
    ("territory_markup", Terr, Accepted),
    ("territory_phrase_bidi", Terr, Refused("of_short_name", "caractère invisible U+202E")),
    // Numbers
    ("huge_value", Indicator, Refused("values.62001[0]", "valeur 1e308 invraisemblable")),
    ("huge_negative_range", Indicator, Refused("range.min", "invraisemblable")),
    ("number_overflow", Indicator, Refused("values.62001[0]", "nombre hors limites")),
    ("too_many_decimals", Indicator, Refused("decimals", "255 décimales ; attendu : au plus 6")),
    ("target_year_absurd", Indicator, Refused("targets[0].year", "année 99999 invraisemblable")),
    ("year_absurd", Indicator, Refused("years[2]", "année 20210 invraisemblable")),
    ("target_huge", Indicator, Refused("targets[0].value", "valeur 1e16 invraisemblable")),
    ("empty_range", Indicator, Refused("range", "intervalle vide")),
    ("territory_population_huge", Terr, Refused("communes[0].population[0]", "invraisemblable")),
    ("territory_census_year_absurd", Terr, Refused("census_years[0]", "année 19 invraisemblable")),
    // Types
    ("value_as_string", Indicator, Refused("values.62001[0]", "valeur non numérique")),
    ("value_as_boolean", Indicator, Refused("values.62001[0]", "valeur non numérique")),
    ("value_as_object", Indicator, Refused("values.62001[0]", "valeur non numérique")),
    ("year_as_float", Indicator, Refused("years[1]", "type invalide")),
    ("root_is_array", Indicator, Refused("", "attendu : un objet JSON qui commence par « { »")),
    ("duplicate_key", Indicator, Refused("unit", "champ « unit » en double")),
    // Texts
    ("title_too_long", Indicator, Refused("title", "texte de 5000 caractères ; attendu : au plus 200")),
    ("bidi_override", Indicator, Refused("title", "caractère invisible U+202E")),
    ("control_character", Indicator, Refused("unit", "caractère invisible U+0007")),
    // Encodings, truncation, sizes
    ("encoding_utf16", Indicator, Refused("", "n'est pas encodé en UTF-8")),
    ("encoding_latin1", Indicator, Refused("", "n'est pas encodé en UTF-8")),
    ("encoding_bom", Indicator, Accepted),
    ("truncated_in_string", Indicator, Refused("title", "tronqué")),
    ("nul_byte", Indicator, Refused("title", "caractère de contrôle")),
    ("deep_nesting", Indicator, Refused("", "champ « id » manquant")),
    ("zero_bytes", Indicator, Refused("", "le fichier est vide")),
    ("only_whitespace", Indicator, Refused("", "le fichier est vide")),
    // Semantic
    ("wrong_id", Indicator, Refused("id", "différent du nom du fichier")),
    ("commune_twice", Indicator, Refused("values.62001", "en double")),
    // Paths in the territory file
    ("territory_path_parent", Terr, Refused("indicators[0]", "« .. » sort du dossier des données")),
    ("territory_path_absolute", Terr, Refused("indicators[0]", "chemin absolu")),
    ("territory_path_url", Terr, Refused("indicators[0]", "adresse ou lecteur")),
    ("territory_path_backslash", Terr, Refused("indicators[0]", "barre oblique inverse")),
    ("territory_path_encoded", Terr, Refused("indicators[0]", "caractère « % » interdit")),
    ("territory_path_windows", Terr, Refused("indicators[0]", "adresse ou lecteur")),
    ("territory_boundaries_parent", Terr, Refused("boundaries", "« .. » sort du dossier")),
    ("territory_boundaries_geojson", Terr, Accepted),
];

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn mini() -> Territory {
    let bytes = std::fs::read(fixtures().join("territory-mini.json")).expect("mini territory");
    check_territory("territory-mini.json", &bytes).expect("the mini territory is valid").value
}

/// The outcome of checking one file of the corpus: `Ok` or its diagnostics.
fn check(name: &str, kind: Kind, territory: &Territory) -> Result<(), Vec<Diagnostic>> {
    let file = format!("tests/fixtures/hostile/{name}.json");
    let bytes = std::fs::read(fixtures().join("hostile").join(format!("{name}.json"))).expect("corpus file");
    match kind {
        Indicator => check_indicator(&file, &bytes, territory).map(drop).map_err(|r| r.diagnostics),
        Terr => check_territory(&file, &bytes).map(drop).map_err(|r| r.diagnostics),
    }
}

#[test]
fn every_hostile_file_is_refused_with_a_located_french_error_or_accepted_on_purpose() {
    let territory = mini();
    let mut failures = Vec::new();
    for &(name, kind, expect) in CASES {
        match (check(name, kind, &territory), expect) {
            (Ok(()), Accepted) => {}
            (Ok(()), Refused(..)) => failures.push(format!("{name}: accepted, expected a refusal")),
            (Err(diagnostics), Accepted) => failures.push(format!("{name}: refused: {diagnostics:?}")),
            (Err(diagnostics), Refused(path, fragment)) => {
                let file = format!("tests/fixtures/hostile/{name}.json");
                let found = diagnostics.iter().find(|d| d.is_error() && d.path.to_string() == path && d.to_string().contains(fragment));
                match found {
                    None => failures.push(format!("{name}: no error at « {path} » containing « {fragment} »: {:#?}", diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>())),
                    Some(d) if *d.file != *file => failures.push(format!("{name}: names {} instead of {file}", d.file)),
                    Some(d) if d.position.is_none() && !fragment.contains("vide") => failures.push(format!("{name}: no line and column: {d}")),
                    Some(d) if d.to_string().chars().count() > 400 => failures.push(format!("{name}: message too long: {d}")),
                    Some(_) => {}
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_catalogue_lists_every_file_of_the_corpus() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(fixtures().join("hostile"))
        .expect("corpus folder")
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".json").map(str::to_owned))
        .collect();
    let listed: BTreeSet<String> = CASES.iter().map(|(name, ..)| (*name).to_owned()).collect();
    assert_eq!(on_disk, listed);
}

/// Found by fuzzing: a truncated file of 64 KiB of nested brackets took 20 s to reject (its
/// JSON path was built with a copy per level). It must be rejected at once, with a short path.
#[test]
fn a_truncated_deep_nesting_is_rejected_quickly() {
    let mut text = String::from("{\"format\": 1, \"values\": {\"62001\": [");
    text.push_str(&"[".repeat(65_536));
    let start = std::time::Instant::now();
    let rejected = check_indicator("deep.json", text.as_bytes(), &mini()).err().expect("refused");
    assert!(start.elapsed().as_secs() < 2, "took {:?}", start.elapsed());
    let d = &rejected.diagnostics[0];
    assert!(d.to_string().contains("tronqué"), "{d}");
    assert!(d.path.segments().len() <= 32);
}
