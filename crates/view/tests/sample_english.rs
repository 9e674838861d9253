//! The shipped sample files give English texts (`title_en`, `definition_en`, `unit_en` for a
//! French unit word; the axes' `label_en`, `description_en`; the events' `label_en`), except
//! one indicator left in French on purpose, so that the « (in French) » fallback of the English
//! pages can always be seen and tested.

use std::path::PathBuf;

use en_action_core::check::{check_indicator, check_territory};
use en_action_view::i18n::data::{axis_description, axis_label, definition, event_label, title, unit};
use en_action_view::i18n::{with_lang, Lang};

/// The indicator file left without English texts.
const LEFT_IN_FRENCH: &str = "habiter/maprimerenov.json";

fn read(relative: &str) -> Vec<u8> {
    std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../indicators").join(relative)).expect("sample file")
}

#[test]
fn every_sample_text_has_its_english_but_one_indicator() {
    let territory = check_territory("territory.json", &read("territory.json")).expect("territory").value;
    with_lang(Lang::En, || {
        for axis in &territory.axes {
            assert!(!axis_label(axis).in_french && !axis_description(axis).in_french, "axis {}", axis.id);
        }
        for event in &territory.events {
            assert!(!event_label(event).in_french, "event {}", event.label);
        }
        assert!(territory.indicators.len() >= 20);
        for path in &territory.indicators {
            let path = path.as_str();
            let indicator = check_indicator(path, &read(path), &territory).expect("valid").value;
            let french = [title(&indicator).in_french, definition(&indicator).in_french];
            if path == LEFT_IN_FRENCH {
                assert_eq!(french, [true, true], "{path} is the one left in French");
                assert_eq!(title(&indicator).plain(), format!("{} (in French)", indicator.title));
                assert_eq!(unit(&indicator), indicator.unit, "its unit as written");
            } else {
                assert_eq!(french, [false, false], "{path} lacks an English title or definition");
            }
        }
    });
}
