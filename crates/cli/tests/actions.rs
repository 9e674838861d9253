//! `en-action check` and the actions file: read with the folder, checked alone, warned about
//! when the territory file does not list it, refused when its path leaves the folder.

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

/// The 1-based line and column (in characters) of the first occurrence of `needle` in the file.
fn place_of(path: &Path, needle: &str) -> (usize, usize) {
    let text = std::fs::read_to_string(path).expect("read");
    let before = &text[..text.find(needle).expect("needle")];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
}

#[test]
fn the_folder_check_reads_the_actions_file_and_locates_its_errors() {
    let (_tmp, dir) = copy();
    let file = dir.join("actions.json");
    edit(&file, "\"indicators\": [\"couverture_bulles\", \"frequentation_bulles\"]", "\"indicators\": [\"couverture_bulle\", \"frequentation_bulles\"]");
    let out = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "1 erreur, 3 avertissements dans 23 fichiers");
    let (line, column) = place_of(&file, "\"couverture_bulle\"");
    assert_eq!((line, column), (10, 447), "the first action's line in the sample");
    let expected = format!(
        "{}, ligne {line}, colonne {column} (axes[0].ambitions[0].objectives[0].actions[0].indicators[0]) : indicateur « couverture_bulle » inconnu : il n'est pas listé dans le fichier du territoire",
        file.to_string_lossy()
    );
    assert_eq!(lines[1], expected);
}

#[test]
fn the_actions_file_alone_is_checked_against_the_territory_of_its_folder() {
    let (_tmp, dir) = copy();
    let file = dir.join("actions.json");
    let out = run(&["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(stdout(&out), "0 erreur, 0 avertissement dans 2 fichiers\n");
    edit(&file, "\"status\": \"realisee\", \"start\": \"2019-04\", \"end\": \"2019-04\"", "\"status\": \"realisee\", \"start\": \"2019-04\", \"end\": \"2018\"");
    let out = run(&["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("(axes[0].ambitions[0].objectives[0].actions[0].end) : fin (2018) antérieure au début (avril 2019)"), "{}", stdout(&out));
}

#[test]
fn an_unlisted_actions_file_is_a_warning_saying_how_to_list_it() {
    let (_tmp, dir) = copy();
    edit(&dir.join("territory.json"), "  \"actions\": \"actions.json\",\n", "");
    let out = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().next(), Some("0 erreur, 4 avertissements dans 22 fichiers"));
    assert!(
        text.contains("actions.json : avertissement : fichier des actions absent de territory.json : il ne sera pas publié ; ajoutez \"actions\": \"actions.json\" à territory.json, ou retirez-le du dossier"),
        "{text}"
    );
}

#[test]
fn an_actions_path_leaving_the_folder_is_refused() {
    let (_tmp, dir) = copy();
    edit(&dir.join("territory.json"), "\"actions\": \"actions.json\"", "\"actions\": \"../actions.json\"");
    let out = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("(actions) : chemin « ../actions.json » refusé : « .. » sort du dossier des données"), "{}", stdout(&out));
}
