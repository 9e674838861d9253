//! The CSV import on arbitrary bytes, against the shipped territory and a shipped indicator as
//! template: never panics; a refusal has an error; an accepted import passes the checker.
#![no_main]

use std::sync::OnceLock;

use en_action_core::check::{check_indicator, check_territory};
use en_action_core::import::{import_csv, ImportOptions};
use en_action_core::indicator::IndicatorFile;
use en_action_core::territory::Territory;
use libfuzzer_sys::fuzz_target;

fn setup() -> &'static (Territory, ImportOptions) {
    static SETUP: OnceLock<(Territory, ImportOptions)> = OnceLock::new();
    SETUP.get_or_init(|| {
        let territory = check_territory("territory.json", include_bytes!("../../indicators/territory.json")).expect("valid").value;
        let template: IndicatorFile = serde_json::from_slice(include_bytes!("../../indicators/respirer/no2.json")).expect("template");
        (territory, ImportOptions { template, denominator: None })
    })
}

fuzz_target!(|bytes: &[u8]| {
    let (territory, options) = setup();
    match import_csv("x.csv", bytes, options, territory) {
        Ok(imported) => assert!(check_indicator("no2.json", imported.json.as_bytes(), territory).is_ok()),
        Err(diagnostics) => assert!(diagnostics.iter().any(|d| d.is_error())),
    }
});
