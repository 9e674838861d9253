//! The deck reader on arbitrary bytes, against the shipped territory: never panics; a
//! rejection has an error.
#![no_main]

use std::sync::OnceLock;

use en_action_core::check::{check_deck, check_territory};
use en_action_core::territory::Territory;
use libfuzzer_sys::fuzz_target;

fn territory() -> &'static Territory {
    static TERRITORY: OnceLock<Territory> = OnceLock::new();
    TERRITORY.get_or_init(|| {
        let bytes = include_bytes!("../../indicators/territory.json");
        check_territory("territory.json", bytes).expect("the shipped territory is valid").value
    })
}

fuzz_target!(|bytes: &[u8]| {
    if let Err(rejected) = check_deck("decks/conseil-communautaire.json", bytes, territory()) {
        assert!(rejected.errors().next().is_some());
    }
});
