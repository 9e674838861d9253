//! The actions file: each mistake a staff member could make is reported, worded in French, at
//! its line, column and JSON path; the views' helpers (counts, sentences, filters) give exact
//! answers on a small file.

use std::path::PathBuf;

use en_action_core::actions::{status_phrase, Actions, Scope, Status, StatusCounts};
use en_action_core::check::{check_actions, check_territory, id_of_file};
use en_action_core::code::CommuneCode;
use en_action_core::diagnostic::{Diagnostic, Position, Severity};
use en_action_core::territory::Territory;

fn sample(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../indicators").join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn territory() -> Territory {
    check_territory("indicators/territory.json", sample("territory.json").as_bytes()).expect("sample territory").value
}

const FILE: &str = "indicators/actions.json";

/// A small valid file: two axes (the three others missing: three warnings).
const MINI: &str = r#"{
  "format": 1,
  "title": "Essai",
  "axes": [
    {"id": "bouger", "ambitions": [
      {"id": "b-1", "title": "Ambition", "objectives": [
        {"id": "b-1-1", "title": "Objectif", "actions": [
          {"id": "a1", "title": "Action un", "status": "realisee", "start": "2020", "end": "2021", "lead": "CALL", "communes": "territoire", "indicators": ["no2"]},
          {"id": "a2", "title": "Action deux", "status": "en_cours", "start": "2021-05", "lead": "CALL", "communes": ["62498", "62510"], "indicators": ["chomage", "no2"]},
          {"id": "a3", "title": "Action trois", "status": "realisee", "start": "2019", "end": "2019-06", "lead": "Ville de Lens", "communes": [], "budget": 1000}
        ]}
      ]}
    ]},
    {"id": "travailler", "ambitions": [
      {"id": "t-1", "title": "Ambition", "objectives": [
        {"id": "t-1-1", "title": "Objectif", "actions": [
          {"id": "a4", "title": "Action quatre", "status": "a_l_etude", "start": "2025-01-15", "lead": "Région", "communes": ["62065"], "indicators": ["chomage"], "illustrative": true}
        ]}
      ]}
    ]}
  ]
}"#;

fn ids(territory: &Territory) -> Vec<&str> {
    territory.indicators.iter().map(|p| id_of_file(p.as_str())).collect()
}

fn check(text: &str) -> Result<(Actions, Vec<Diagnostic>), Vec<Diagnostic>> {
    let t = territory();
    check_actions(FILE, text.as_bytes(), &t, Some(&ids(&t))).map(|a| (a.value, a.warnings)).map_err(|r| r.diagnostics)
}

fn mini() -> Actions {
    check(MINI).expect("valid mini file").0
}

/// The 1-based line and column of the `nth` (0-based) occurrence of `needle` in `text`.
fn at(text: &str, needle: &str, nth: usize) -> Position {
    let offset = text.match_indices(needle).nth(nth).unwrap_or_else(|| panic!("{needle} #{nth}")).0;
    Position::at_offset(text, offset)
}

/// MINI with `from` replaced by `to` (once): its only diagnostic besides the missing axes.
fn only(from: &str, to: &str) -> Diagnostic {
    assert!(MINI.contains(from), "{from}");
    let bad = MINI.replacen(from, to, 1);
    let all = match check(&bad) {
        Ok((_, warnings)) | Err(warnings) => warnings,
    };
    let mut found: Vec<Diagnostic> = all.into_iter().filter(|d| d.problem.kind() != "missing_axis").collect();
    assert_eq!(found.len(), 1, "{to}: {found:#?}");
    found.remove(0)
}

#[test]
fn the_mini_file_is_accepted_with_a_warning_per_missing_axis() {
    let (actions, warnings) = check(MINI).expect("valid");
    let messages: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "indicators/actions.json, ligne 4, colonne 3 (axes) : avertissement : axe « rassembler » du territoire absent du fichier des actions",
            "indicators/actions.json, ligne 4, colonne 3 (axes) : avertissement : axe « habiter » du territoire absent du fichier des actions",
            "indicators/actions.json, ligne 4, colonne 3 (axes) : avertissement : axe « respirer » du territoire absent du fichier des actions",
        ]
    );
    assert_eq!(actions.actions().count(), 4);
    let a3 = actions.find("a3").expect("a3").action;
    assert_eq!((a3.start.year, a3.end.and_then(|d| d.month), a3.budget, a3.communes.clone()), (2019, Some(6), Some(1000.0), Scope::WholeTerritory));
    let a4 = actions.find("a4").expect("a4");
    assert_eq!((a4.axis.id.as_str(), a4.ambition.id.as_str(), a4.objective.id.as_str()), ("travailler", "t-1", "t-1-1"));
    assert_eq!((a4.action.start.day, a4.action.illustrative, a4.action.status), (Some(15), true, Status::ALEtude));
    assert!(actions.find("b-1").is_none(), "an ambition is not an action");
    assert_eq!(actions.find_ambition("b-1").map(|a| a.title.as_str()), Some("Ambition"));
    assert_eq!(actions.find_objective("t-1-1").map(|o| o.actions.len()), Some(1));
}

#[test]
fn each_mistake_is_located_and_worded_in_french() {
    let a = "axes[0].ambitions[0].objectives[0].actions";
    // (from, to, severity, path, message, needle in the bad text, occurrence)
    let cases: &[(&str, &str, Severity, String, &str, &str, usize)] = &[
        ("\"chomage\", \"no2\"", "\"chomage\", \"no3\"", Severity::Error, format!("{a}[1].indicators[1]"), "indicateur « no3 » inconnu : il n'est pas listé dans le fichier du territoire", "\"no3\"", 0),
        ("\"end\": \"2021\"", "\"end\": \"2019\"", Severity::Error, format!("{a}[0].end"), "fin (2019) antérieure au début (2020) ; attendu : une fin égale ou postérieure au début", "\"end\"", 0),
        (", \"end\": \"2021\"", "", Severity::Warning, format!("{a}[0].status"), "action réalisée sans date de fin ; ajoutez « end » (la date d'achèvement)", "\"status\"", 0),
        ("{\"id\": \"a2\"", "{\"id\": \"a1\"", Severity::Error, format!("{a}[1].id"), "identifiant « a1 » en double : déjà utilisé en axes[0].ambitions[0].objectives[0].actions[0]", "\"id\": \"a1\"", 1),
        ("{\"id\": \"t-1\"", "{\"id\": \"b-1\"", Severity::Error, "axes[1].ambitions[0].id".into(), "identifiant « b-1 » en double : déjà utilisé en axes[0].ambitions[0]", "\"id\": \"b-1\"", 1),
        ("\"62510\"", "\"62501\"", Severity::Error, format!("{a}[1].communes[1]"), "code commune inconnu 62501 ; la commune la plus proche est 62510 ?", "\"62501\"", 0),
        ("\"62510\"", "\"62498\"", Severity::Error, format!("{a}[1].communes[1]"), "commune 62498 en double", "\"62498\"", 1),
        ("\"62510\"", "\"6251\"", Severity::Error, format!("{a}[1].communes[1]"), "code commune « 6251 » invalide : un code INSEE a 5 caractères, comme 62498", "\"6251\"", 0),
        ("\"id\": \"bouger\"", "\"id\": \"rouler\"", Severity::Error, "axes[0].id".into(), "axe inconnu « rouler » ; axes du territoire : bouger, travailler, rassembler, habiter, respirer", "\"id\": \"rouler\"", 0),
        ("\"id\": \"travailler\"", "\"id\": \"bouger\"", Severity::Error, "axes[1].id".into(), "axe « bouger » en double", "\"id\": \"bouger\"", 1),
        ("\"id\": \"a3\"", "\"id\": \"A 3\"", Severity::Error, format!("{a}[2].id"), "identifiant « A 3 » invalide ; attendu : 1 à 60 lettres minuscules sans accent, chiffres, « - » ou « _ »", "\"id\": \"A 3\"", 0),
        ("\"budget\": 1000", "\"budget\": -5", Severity::Error, format!("{a}[2].budget"), "budget -5 € invraisemblable ; attendu : un montant en euros entre 0 et 10 milliards", "\"budget\"", 0),
        ("\"budget\": 1000", "\"budget\": 2e10", Severity::Error, format!("{a}[2].budget"), "budget 20000000000 € invraisemblable ; attendu : un montant en euros entre 0 et 10 milliards", "\"budget\"", 0),
        ("\"budget\": 1000", "\"link\": \"javascript:alert(1)\"", Severity::Error, format!("{a}[2].link"), "lien « javascript:alert(1) » refusé : seules les adresses https:, http: et mailto: sont acceptées", "\"link\"", 0),
        ("\"Action un\"", "\"Action <b>un</b>\"", Severity::Warning, format!("{a}[0].title"), "balise « <b> » dans le texte : le texte s'affiche tel quel, la balise apparaîtrait ; retirez-la", "\"title\": \"Action <b>", 0),
        ("\"start\": \"2021-05\"", "\"start\": \"2021-13\"", Severity::Error, format!("{a}[1].start"), "date « 2021-13 » invalide ; attendu : AAAA-MM-JJ, AAAA-MM ou AAAA", "\"start\": \"2021-13\"", 0),
        ("\"start\": \"2019\"", "\"start\": \"1519\"", Severity::Error, format!("{a}[2].start"), "année 1519 invraisemblable ; attendu : une année entre 1800 et 2200", "\"start\": \"1519\"", 0),
        ("\"format\": 1", "\"format\": 2", Severity::Error, "format".into(), "version de format 2 non prise en charge ; attendu : 1", "\"format\"", 0),
        ("\"Essai\"", "\"  \"", Severity::Error, "title".into(), "titre vide ; attendu : un texte", "\"title\"", 0),
        ("\"lead\": \"Région\"", "\"lead\": \"\"", Severity::Error, "axes[1].ambitions[0].objectives[0].actions[0].lead".into(), "porteur vide ; attendu : un texte", "\"lead\": \"\"", 0),
        ("\"Action deux\"", "\"Action\\u202edeux\"", Severity::Error, format!("{a}[1].title"), "caractère invisible U+202E dans le texte ; retirez-le (caractère de contrôle ou de changement de sens d'écriture)", "\"title\": \"Action\\u202e", 0),
        ("\"status\": \"en_cours\"", "\"status\": \"en cours\"", Severity::Error, format!("{a}[1].status"), "valeur inconnue « en cours » ; attendu : a_l_etude, engagee, en_cours, realisee, reportee, abandonnee", "\"en cours\"", 0),
        ("\"communes\": \"territoire\"", "\"communes\": \"tout\"", Severity::Error, format!("{a}[0].communes"), "valeur invalide : le texte « tout » ; attendu : « territoire » ou une liste de codes INSEE", "\"tout\"", 0),
        ("\"indicators\": [\"no2\"]}", "\"indicators\": [\"no2\", \"no2\"]}", Severity::Warning, format!("{a}[0].indicators[1]"), "indicateur « no2 » en double dans la liste", "\"no2\"", 1),
    ];
    for (from, to, severity, path, message, needle, nth) in cases {
        let d = only(from, to);
        let bad = MINI.replacen(from, to, 1);
        assert_eq!((d.severity, d.path.to_string(), d.problem.to_string()), (*severity, path.clone(), (*message).to_owned()), "{to}");
        if d.problem.kind() == "structure" && (message.starts_with("valeur")) {
            // Parse errors point inside the value, on its line.
            assert_eq!(d.position.map(|p| p.line), Some(at(&bad, needle, *nth).line), "{to}");
        } else {
            assert_eq!(d.position, Some(at(&bad, needle, *nth)), "{to}");
        }
        assert_eq!(&*d.file, FILE);
    }
}

#[test]
fn a_text_too_long_is_refused_at_its_place() {
    let long = "é".repeat(201);
    let d = only("\"Action trois\"", &format!("\"{long}\""));
    assert_eq!((d.path.to_string(), d.problem.to_string()), ("axes[0].ambitions[0].objectives[0].actions[2].title".into(), "texte de 201 caractères ; attendu : au plus 200".into()));
    assert_eq!(d.position, Some(Position { line: 10, column: 24 }), "at the key « title »");
}

#[test]
fn every_problem_is_collected_errors_first() {
    let bad = MINI.replacen("\"62510\"", "\"62999\"", 1).replacen("\"end\": \"2021\"", "\"end\": \"2019\"", 1).replacen("\"Action deux\"", "\"<i>Action</i>\"", 1);
    let diagnostics = check(&bad).expect_err("rejected");
    let kinds: Vec<(Severity, String, usize)> = diagnostics.iter().map(|d| (d.severity, d.problem.kind(), d.position.map_or(0, |p| p.line))).collect();
    assert_eq!(
        kinds,
        [
            (Severity::Error, "end_before_start".into(), 8),
            (Severity::Error, "unknown_commune".into(), 9),
            (Severity::Warning, "missing_axis".into(), 4),
            (Severity::Warning, "missing_axis".into(), 4),
            (Severity::Warning, "missing_axis".into(), 4),
            (Severity::Warning, "markup_in_text".into(), 9),
        ]
    );
}

#[test]
fn without_the_indicator_list_only_the_form_of_ids_is_checked() {
    let t = territory();
    let bad = MINI.replacen("\"no2\"]}", "\"inconnu\"]}", 1);
    assert!(check_actions(FILE, bad.as_bytes(), &t, None).is_ok());
    let bad = MINI.replacen("\"no2\"]}", "\"No 2\"]}", 1);
    let d = check_actions(FILE, bad.as_bytes(), &t, None).expect_err("bad id");
    assert_eq!(d.diagnostics[0].problem.to_string(), "identifiant « No 2 » invalide ; attendu : 1 à 60 lettres minuscules sans accent, chiffres, « - » ou « _ »");
}

#[test]
fn counts_by_status_overall_and_per_axis() {
    let actions = mini();
    let counts = actions.counts();
    assert_eq!(counts.iter().collect::<Vec<_>>(), [(Status::ALEtude, 1), (Status::Engagee, 0), (Status::EnCours, 1), (Status::Realisee, 2), (Status::Reportee, 0), (Status::Abandonnee, 0)]);
    assert_eq!(counts.total(), 4);
    let by_axis: Vec<(&str, usize, usize)> = actions.counts_by_axis().iter().map(|(id, c)| (id.as_str(), c.get(Status::Realisee), c.total())).collect();
    assert_eq!(by_axis, [("bouger", 2, 3), ("travailler", 0, 1)]);
    assert_eq!(counts.phrase(Status::Realisee), "2 actions réalisées sur 4");
    assert_eq!(counts.phrase(Status::EnCours), "1 action en cours sur 4");
    assert_eq!(counts.phrase(Status::Abandonnee), "0 action abandonnée sur 4");
    assert_eq!(status_phrase(38, Status::Realisee, 124), "38 actions réalisées sur 124");
    assert_eq!(status_phrase(1, Status::Realisee, 124), "1 action réalisée sur 124");
    assert_eq!(StatusCounts::of(actions.axes[1].actions()).phrase(Status::ALEtude), "1 action à l'étude sur 1");
}

#[test]
fn filters_by_indicator_and_by_commune() {
    let actions = mini();
    let ids = |places: Vec<en_action_core::actions::ActionPlace<'_>>| places.iter().map(|p| p.action.id.to_string()).collect::<Vec<_>>();
    assert_eq!(ids(actions.aiming_at("no2")), ["a1", "a2"]);
    assert_eq!(ids(actions.aiming_at("chomage")), ["a2", "a4"]);
    assert!(actions.aiming_at("vacance").is_empty());
    let code = |c: &str| CommuneCode::parse(c).expect("code");
    // a1 is « territoire », a3 an empty list: both concern every commune.
    assert_eq!(ids(actions.concerning(&code("62510"))), ["a1", "a2", "a3"]);
    assert_eq!(ids(actions.concerning(&code("62065"))), ["a1", "a3", "a4"]);
    assert_eq!(ids(actions.concerning(&code("62001"))), ["a1", "a3"]);
}
