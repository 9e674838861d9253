//! The territory reader on arbitrary bytes: never panics; a rejection has an error.
#![no_main]

use en_action_core::check::check_territory;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Err(rejected) = check_territory("territory.json", bytes) {
        assert!(rejected.errors().next().is_some());
    }
});
