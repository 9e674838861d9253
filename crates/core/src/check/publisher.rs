//! Checks of the territory's optional `publisher` block (the legal notice and the
//! accessibility statement): texts like every other text of a file (plausible length, no
//! invisible characters, a warning for markup), links only `https:`, `http:` or `mailto:`.

use super::report::Report;
use super::text::{check_markup, check_text, LONG_TEXT, SHORT_TEXT};
use crate::diagnostic::{JsonPath, Problem};
use crate::link::check_link;
use crate::territory::Publisher;

/// Checks `publisher`, found at `path`.
pub(crate) fn check_publisher(report: &mut Report, path: &JsonPath, publisher: &Publisher) {
    let texts = [
        ("name", &publisher.name, SHORT_TEXT),
        ("address", &publisher.address, SHORT_TEXT),
        ("phone", &publisher.phone, SHORT_TEXT),
        ("director", &publisher.director, SHORT_TEXT),
        ("credits", &publisher.credits, LONG_TEXT),
    ];
    check_texts(report, path, &texts);
    if let Some(host) = &publisher.host {
        let texts = [("name", &host.name, SHORT_TEXT), ("address", &host.address, SHORT_TEXT), ("phone", &host.phone, SHORT_TEXT)];
        check_texts(report, &path.key("host"), &texts);
    }
    for (key, link) in [("contact", &publisher.contact), ("accessibility_plan", &publisher.accessibility_plan)] {
        if let Some(url) = link {
            if let Err(fault) = check_link(url) {
                report.error(path.key(key), Problem::UnsafeLink { found: url.clone(), fault });
            }
        }
    }
}

fn check_texts(report: &mut Report, path: &JsonPath, texts: &[(&str, &Option<String>, usize)]) {
    for &(key, text, max) in texts {
        if let Some(text) = text {
            check_text(report, || path.key(key), text, max);
            check_markup(report, || path.key(key), text);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::check_territory;
    use crate::diagnostic::{JsonPath, Problem, Severity};
    use crate::link::LinkFault;

    /// The test territory with `publisher` added.
    fn with_publisher(publisher: &str) -> Vec<u8> {
        let text = include_str!("../../../../tests/fixtures/territory-mini.json");
        let end = text.rfind('}').expect("an object");
        format!("{}, \"publisher\": {publisher}\n}}\n", &text[..end].trim_end()).into_bytes()
    }

    #[test]
    fn a_complete_block_is_kept() {
        let bytes = with_publisher(r#"{"name": "Communauté d'agglomération de Lens-Liévin", "address": "Lens", "contact": "mailto:contact@example.org",
            "accessibility_plan": "https://example.org/schema", "host": {"name": "Hébergeur", "phone": "01 02 03 04 05"}, "credits": "Réalisation : équipe données"}"#);
        let territory = check_territory("t.json", &bytes).expect("valid").value;
        let publisher = territory.publisher.expect("kept");
        assert_eq!(publisher.name.as_deref(), Some("Communauté d'agglomération de Lens-Liévin"));
        assert_eq!(publisher.host.and_then(|h| h.phone).as_deref(), Some("01 02 03 04 05"));
        assert_eq!(publisher.director, None);
    }

    #[test]
    fn the_block_is_optional_and_every_field_too() {
        let territory = check_territory("t.json", include_bytes!("../../../../tests/fixtures/territory-mini.json")).expect("valid").value;
        assert_eq!(territory.publisher, None);
        let empty = check_territory("t.json", &with_publisher("{}")).expect("valid").value;
        assert_eq!(empty.publisher, Some(Default::default()));
    }

    #[test]
    fn a_script_link_is_refused_where_it_is() {
        let bytes = with_publisher(r#"{"contact": "javascript:alert(1)", "accessibility_plan": "data:text/html,x"}"#);
        let rejected = check_territory("t.json", &bytes).expect_err("refused");
        let errors: Vec<_> = rejected.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].path, JsonPath::root().key("publisher").key("contact"));
        assert_eq!(errors[0].problem, Problem::UnsafeLink { found: "javascript:alert(1)".into(), fault: LinkFault::Scheme });
        assert!(errors[0].position.is_some(), "located in the file");
        assert!(errors[0].to_string().contains("seules les adresses https:, http: et mailto: sont acceptées"), "{}", errors[0]);
        assert_eq!(errors[1].path, JsonPath::root().key("publisher").key("accessibility_plan"));
    }

    #[test]
    fn texts_are_checked_like_other_texts() {
        let long = "x".repeat(201);
        let bytes = with_publisher(&format!(r#"{{"phone": "{long}", "host": {{"name": "a\u202eb"}}, "credits": "Les <b>auteurs</b>"}}"#));
        let rejected = check_territory("t.json", &bytes).expect_err("refused");
        let at = |path: JsonPath| rejected.diagnostics.iter().find(|d| d.path == path).map(|d| d.problem.clone());
        let publisher = JsonPath::root().key("publisher");
        assert_eq!(at(publisher.key("phone")), Some(Problem::TextTooLong { length: 201, max: 200 }));
        assert_eq!(at(publisher.key("host").key("name")), Some(Problem::InvisibleCharacter { code_point: 0x202e }));
        let markup = rejected.diagnostics.iter().find(|d| d.path == publisher.key("credits")).expect("a warning");
        assert_eq!(markup.severity, Severity::Warning);
    }

    #[test]
    fn unknown_fields_are_refused() {
        assert!(check_territory("t.json", &with_publisher(r#"{"nom": "x"}"#)).is_err());
    }
}
