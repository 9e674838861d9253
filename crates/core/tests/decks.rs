//! Deck files: the shipped sample is valid; each mistake a staff member could make in a deck
//! is refused with a located French error.

use std::path::PathBuf;

use en_action_core::check::{check_deck, check_territory};
use en_action_core::deck::{SlideIndicatorView, SlidePage};
use en_action_core::territory::Territory;

fn data(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../indicators").join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn territory() -> Territory {
    check_territory("territory.json", data("territory.json").as_bytes()).expect("sample territory").value
}

const SAMPLE: &str = "decks/conseil-communautaire.json";

#[test]
fn the_sample_deck_is_listed_and_valid() {
    let t = territory();
    assert_eq!(t.decks.iter().map(|d| d.as_str()).collect::<Vec<_>>(), [SAMPLE]);
    let deck = check_deck(SAMPLE, data(SAMPLE).as_bytes(), &t).expect("valid deck").value;
    assert_eq!(deck.id, "conseil-communautaire");
    assert_eq!(deck.slides.len(), 7);
    assert_eq!(deck.slides[0].view.page, SlidePage::Accueil);
    assert_eq!(deck.slides[2].view.communes, ["62498", "62510"]);
    assert_eq!(deck.slides[3].view.vue, Some(SlideIndicatorView::Classement));
    assert!(deck.slides[3].view.hab);
}

/// The sample with `from` replaced by `to`, checked: the messages of its errors.
fn errors(from: &str, to: &str) -> Vec<String> {
    let text = data(SAMPLE);
    assert!(text.contains(from), "{from}");
    let bad = text.replacen(from, to, 1);
    match check_deck(SAMPLE, bad.as_bytes(), &territory()) {
        Ok(_) => panic!("accepted with {to}"),
        Err(r) => r.errors().map(ToString::to_string).collect(),
    }
}

#[test]
fn mistakes_are_located_and_in_french() {
    let cases = [
        ("\"id\": \"chomage\"", "\"id\": \"chomag\"", "(slides[2].view.id) : indicateur « chomag » inconnu"),
        ("\"62510\"]}}", "\"62999\"]}}", "(slides[6].view.communes[0]) : code commune inconnu 62999"),
        ("\"vue\": \"carte\"", "\"vue\": \"camembert\"", "valeur inconnue « camembert »"),
        ("\"page\": \"commune\", \"communes\": [\"62510\"]", "\"page\": \"commune\"", "(slides[6].view) : champ « communes » manquant pour cette page"),
        ("\"format\": 1", "\"format\": 2", "(format) : version de format 2 non prise en charge"),
        ("\"id\": \"conseil-communautaire\"", "\"id\": \"conseil\"", "(id) : identifiant « conseil » différent du nom du fichier"),
        ("\"vue\": \"tendance\"}}", "\"vue\": \"tendance\", \"de\": 2024, \"a\": 2015}}", "période inversée"),
        ("\"vue\": \"tendance\"}}", "\"vue\": \"tendance\", \"de\": 15}}", "année 15 invraisemblable"),
    ];
    for (from, to, expected) in cases {
        let messages = errors(from, to);
        assert!(messages.iter().any(|m| m.contains(expected) && m.contains(", ligne ")), "{to}: {messages:#?}");
    }
}
