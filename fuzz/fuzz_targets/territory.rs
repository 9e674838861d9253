//! The territory reader on arbitrary bytes: never panics; a rejection has an error; the quick
//! reader of the communes gives exactly what serde gives (file or located diagnostic).
#![no_main]

use en_action_core::check::check_territory;
use en_action_core::fast_territory::parse_territory;
use en_action_core::parse::parse_json;
use en_action_core::territory::TerritoryFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let quick = parse_territory("territory.json", bytes).map(|(file, _)| format!("{file:?}"));
    let reference = parse_json::<TerritoryFile>("territory.json", bytes).map(|(file, _)| format!("{file:?}"));
    assert_eq!(quick, reference);
    if let Err(rejected) = check_territory("territory.json", bytes) {
        assert!(rejected.errors().next().is_some());
    }
});
