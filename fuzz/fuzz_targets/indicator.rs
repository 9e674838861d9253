//! The indicator reader on arbitrary bytes, against the shipped territory: never panics; a
//! rejection has an error; an accepted file aggregates without panicking.
#![no_main]

use std::sync::OnceLock;

use en_action_core::check::{check_indicator, check_territory};
use en_action_core::rollup::territory_series;
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
    match check_indicator("travailler/chomage.json", bytes, territory()) {
        Ok(accepted) => {
            let _ = territory_series(&accepted.value, territory());
        }
        Err(rejected) => assert!(rejected.errors().next().is_some()),
    }
});
