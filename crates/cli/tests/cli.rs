//! The `en-action` binary on copies of the shipped data folder: exit codes, one file or a
//! folder, unlisted files, errors before warnings with a summary line first, grouping and
//! `--all`, JSON output, and no file read outside the folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../indicators")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create");
    for entry in std::fs::read_dir(from).expect("read").flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// A temporary copy of the shipped data folder, at `<tmp>/indicators`.
fn copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("indicators");
    copy_dir(&data(), &dir);
    (tmp, dir)
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_en-action")).args(args).output().expect("run")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{from}");
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

#[test]
fn the_shipped_folder_passes_with_a_summary_first() {
    let out = run(&["check", data().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().next(), Some("0 erreur, 3 avertissements dans 23 fichiers"));
}

#[test]
fn errors_come_first_and_exit_1() {
    let (_tmp, dir) = copy();
    edit(&dir.join("respirer/no2.json"), "[21.4, 21.3,", "[21.4, -21.3,");
    let out = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "1 erreur, 3 avertissements dans 23 fichiers");
    assert!(lines[1].contains("no2.json") && lines[1].contains("valeur négative"), "{text}");
    assert!(lines[2..].iter().all(|l| l.contains("avertissement")), "{text}");
}

#[test]
fn an_unlisted_file_is_a_warning_saying_how_to_list_it() {
    let (_tmp, dir) = copy();
    std::fs::copy(dir.join("respirer/no2.json"), dir.join("respirer/nouveau.json")).expect("copy");
    let out = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("respirer/nouveau.json : avertissement : fichier absent de territory.json : il ne sera pas publié ; ajoutez \"respirer/nouveau.json\" à la liste « indicators »"), "{text}");
}

#[test]
fn one_file_is_checked_against_the_territory_of_a_parent_folder() {
    let (_tmp, dir) = copy();
    let file = dir.join("respirer/no2.json");
    let out = run(&["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).starts_with("0 erreur, 0 avertissement dans 2 fichiers"), "{}", stdout(&out));
    edit(&file, "\"62510\":", "\"62501\":");
    let out = run(&["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("62501 est sans doute 62510 (Liévin), absent du fichier"), "{}", stdout(&out));
    // A deck and the territory alone.
    let out = run(&["check", dir.join("decks/conseil-communautaire.json").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = run(&["check", dir.join("territory.json").to_str().unwrap()]);
    assert!(stdout(&out).ends_with("dans 1 fichier\n"), "{}", stdout(&out));
}

#[test]
fn a_file_elsewhere_needs_territory() {
    let (tmp, dir) = copy();
    let lone = tmp.path().join("no2.json");
    std::fs::copy(dir.join("respirer/no2.json"), &lone).expect("copy");
    let out = run(&["check", lone.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("indiquez-le avec --territory"));
    let territory = dir.join("territory.json");
    let out = run(&["check", lone.to_str().unwrap(), "--territory", territory.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn repeated_problems_are_grouped_unless_all() {
    let (_tmp, dir) = copy();
    let file = dir.join("respirer/no2.json");
    let text = std::fs::read_to_string(&file).expect("read");
    // Five communes lose their 2015 value: five warnings of one kind.
    let mut changed = text.clone();
    for code in ["62498", "62510", "62065", "62170", "62133"] {
        let start = changed.find(&format!("\"{code}\": [")).expect(code) + 10;
        let comma = start + changed[start..].find(',').expect("comma");
        changed.replace_range(start..comma, "null");
    }
    assert_ne!(changed, text);
    std::fs::write(&file, changed).expect("write");
    let grouped = stdout(&run(&["check", file.to_str().unwrap()]));
    assert!(grouped.contains("no2.json : 5 avertissements du même type, comme : aucune valeur pour 2015"), "{grouped}");
    assert!(grouped.contains("--all pour tout afficher"));
    assert_eq!(grouped.lines().count(), 2, "{grouped}");
    let all = stdout(&run(&["check", file.to_str().unwrap(), "--all"]));
    assert_eq!(all.lines().count(), 6, "{all}");
}

#[test]
fn json_output_is_machine_readable() {
    let (_tmp, dir) = copy();
    edit(&dir.join("respirer/no2.json"), "[21.4, 21.3,", "[21.4, -21.3,");
    let out = run(&["check", dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["summary"]["errors"], 1);
    assert_eq!(doc["summary"]["warnings"], 3);
    assert_eq!(doc["summary"]["files"], 23);
    let first = &doc["diagnostics"][0];
    assert_eq!(first["severity"], "error");
    assert_eq!(first["kind"], "negative");
    assert_eq!(first["path"], "values.62510[1]");
    assert!(first["line"].as_u64().is_some() && first["column"].as_u64().is_some());
    assert!(first["message"].as_str().unwrap().starts_with("valeur négative"));
    assert_eq!(doc["diagnostics"][1]["severity"], "warning");
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_folder_is_not_read() {
    let (tmp, dir) = copy();
    let secret = tmp.path().join("secret.json");
    std::fs::write(&secret, "{}").expect("write");
    let listed = dir.join("respirer/no2.json");
    std::fs::remove_file(&listed).expect("remove");
    std::os::unix::fs::symlink(&secret, &listed).expect("symlink");
    let out = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("respirer/no2.json : fichier hors du dossier des données"), "{}", stdout(&out));
}

#[test]
fn a_file_over_the_cap_is_not_read() {
    let (_tmp, dir) = copy();
    let file = dir.join("respirer/no2.json");
    let handle = std::fs::OpenOptions::new().write(true).open(&file).expect("open");
    handle.set_len(en_action_core::limits::MAX_FILE_BYTES + 1).expect("grow");
    let out = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("fichier trop volumineux : 51 Mo, au-delà de la limite de 50 Mo"), "{}", stdout(&out));
}

#[test]
fn usage_errors_and_help() {
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(run(&["check", "/nonexistent/folder"]).status.code(), Some(2));
    for args in [&["--help"][..], &["check", "--help"], &["import", "--help"], &["schema", "--help"]] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).contains("Codes de sortie") || stdout(&out).contains("Usage"), "{}", stdout(&out));
    }
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/csv").join(name)
}

#[test]
fn import_writes_a_file_that_passes_the_check() {
    let (_tmp, dir) = copy();
    let output = dir.join("respirer/no2.json");
    std::fs::remove_file(&output).expect("remove");
    let out = run(&[
        "import",
        fixture("no2-excel-large.csv").to_str().unwrap(),
        "--template",
        data().join("respirer/no2.json").to_str().unwrap(),
        "--territory",
        dir.join("territory.json").to_str().unwrap(),
        "-o",
        output.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("encodage Windows-1252 (Excel), séparateur « ; », virgule décimale"), "{stderr}");
    let written = std::fs::read_to_string(&output).expect("written");
    assert!(written.contains("\"62498\": [22.1, 21.1, 20.2, 19.3, 17.9, 14.9, 16.6, 15.6, 16.4, 15.4]"), "{written}");
    assert_eq!(run(&["check", dir.to_str().unwrap()]).status.code(), Some(0));
}

#[test]
fn import_reports_located_problems_and_exit_1() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let csv = tmp.path().join("no2.csv");
    std::fs::write(&csv, "commune;2023;2024\r\nLens;12,5;11,0\r\nLiévinn;10,0;9,5\r\nAvion;abc;9,0\r\n").expect("write");
    let out = run(&["import", csv.to_str().unwrap(), "--template", data().join("respirer/no2.json").to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.starts_with("2 erreurs"), "{stderr}");
    // Line numbers are those a text editor shows, CRLF line ends included.
    assert!(stderr.contains("no2.csv, ligne 3, colonne 1 : « Liévinn » n'est pas une commune"), "{stderr}");
    assert!(stderr.contains("no2.csv, ligne 4, colonne 7 : valeur « abc » illisible"), "{stderr}");
    assert!(out.stdout.is_empty());
}
