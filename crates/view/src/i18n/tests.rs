use super::*;

fn tags(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn the_url_wins_then_the_saved_preference_then_the_browser() {
    let english_browser = tags(&["en-GB", "fr"]);
    assert_eq!(choose(Some("en"), Some("fr"), &tags(&["fr-FR"])), Choice { lang: Lang::En, source: Source::Url });
    assert_eq!(choose(Some("fr"), Some("en"), &english_browser), Choice { lang: Lang::Fr, source: Source::Url });
    assert_eq!(choose(None, Some("en"), &tags(&["fr-FR"])), Choice { lang: Lang::En, source: Source::Saved });
    assert_eq!(choose(None, None, &english_browser), Choice { lang: Lang::En, source: Source::Browser });
    // Unknown values are skipped, not obeyed: the next source decides.
    assert_eq!(choose(Some("de"), Some("xx"), &tags(&["de-DE", "EN-us"])), Choice { lang: Lang::En, source: Source::Browser });
    assert_eq!(choose(None, None, &tags(&["de-DE", "nl"])), Choice { lang: Lang::Fr, source: Source::Default });
    assert_eq!(choose(Some(""), None, &[]), Choice::default());
}

#[test]
fn links_carry_the_language_when_it_is_not_the_default() {
    with_lang(Lang::Fr, || assert_eq!(link_param(), None));
    set(Choice { lang: Lang::Fr, source: Source::Url });
    assert_eq!(link_param(), Some(Lang::Fr));
    set(Choice { lang: Lang::En, source: Source::Browser });
    assert_eq!(link_param(), Some(Lang::En));
    set(Choice::default());
}

#[test]
fn templates_fill_their_placeholders() {
    assert_eq!(fill("{n} actions réalisées sur {total}", &[("n", "22"), ("total", "124")]), "22 actions réalisées sur 124");
    assert_eq!(fill("{a} {missing} {} {A} {", &[("a", "x")]), "x {missing} {} {A} {");
    assert_eq!(placeholders("{n} sur {total}, {}"), ["n", "total"]);
}

#[test]
fn a_template_cut_at_its_placeholder() {
    assert_eq!(around("{what}, par exemple : {first}", "first"), ("{what}, par exemple : ", ""));
    assert_eq!(around("Lu : {notes}.", "notes"), ("Lu : ", "."));
    assert_eq!(around("sans", "notes"), ("sans", ""));
}

#[test]
fn plurals_follow_each_language() {
    let actions = Plural { one: "{n} action", other: "{n} actions" };
    with_lang(Lang::Fr, || assert_eq!([actions.of(0), actions.of(1), actions.of(2)], ["0 action", "1 action", "2 actions"]));
    with_lang(Lang::En, || assert_eq!([actions.of(0), actions.of(1), actions.of(1200)], ["0 actions", "1 action", "1,200 actions"]));
}

/// Every text of both catalogues, by its path (`shell.skip_link`, `actions.count.one`).
fn texts(catalogue: &Catalogue) -> Vec<(String, String)> {
    fn walk(prefix: &str, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::Object(map) => map.iter().for_each(|(k, v)| walk(&format!("{prefix}{k}."), v, out)),
            serde_json::Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| walk(&format!("{prefix}{i}."), v, out)),
            serde_json::Value::String(text) => out.push((prefix.trim_end_matches('.').to_owned(), text.clone())),
            other => panic!("{prefix}: not a text: {other}"),
        }
    }
    let mut out = Vec::new();
    walk("", &serde_json::to_value(catalogue).expect("a catalogue serialises"), &mut out);
    out
}

#[test]
fn both_catalogues_have_every_key_with_the_same_placeholders() {
    let french = texts(Lang::Fr.catalogue());
    let english = texts(Lang::En.catalogue());
    assert!(french.len() > 20, "{} texts", french.len());
    assert_eq!(french.iter().map(|(k, _)| k).collect::<Vec<_>>(), english.iter().map(|(k, _)| k).collect::<Vec<_>>());
    for ((key, fr), (_, en)) in french.iter().zip(&english) {
        assert!(!fr.trim().is_empty() && !en.trim().is_empty(), "{key}: empty text");
        let (mut a, mut b) = (placeholders(fr), placeholders(en));
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b, "{key}: « {fr} » and « {en} » do not name the same placeholders");
    }
}

#[test]
fn the_english_catalogue_is_written_in_english() {
    // A text of several words left the same in the English catalogue is a missing translation
    // (single words may be the same: « Actions », « Source », « CSV »); French quotation marks
    // or a space before a colon in English are French typography left behind.
    const NAMES: &[&str] = &["shell.brand"];
    let french = texts(Lang::Fr.catalogue());
    let english = texts(Lang::En.catalogue());
    let untranslated: Vec<&String> = french
        .iter()
        .zip(&english)
        .filter(|((key, fr), (_, en))| fr == en && !NAMES.contains(&key.as_str()) && fr.trim().contains(' ') && fr.chars().any(char::is_alphabetic) && !fr.starts_with('{'))
        .map(|((key, _), _)| key)
        .collect();
    assert!(untranslated.is_empty(), "the same in both languages: {untranslated:?}");
    for (key, en) in &english {
        assert!(!en.contains(['«', '»']) && !en.contains(" :") && !en.contains("\u{a0}:"), "{key}: « {en} » has French typography");
    }
}

#[test]
fn the_static_shell_of_index_html_says_what_the_app_says() {
    // index.html paints the header, the overview's introduction and the footer before the
    // WebAssembly runs, in French with the English text beside it (data-en): both must be the
    // catalogues' texts, or the page would change words when the app replaces the shell.
    let html = include_str!("../../../../index.html");
    let (fr, en) = (&Lang::Fr.catalogue().shell, &Lang::En.catalogue().shell);
    let pairs = [
        (fr.skip_link, en.skip_link),
        (fr.nav_overview, en.nav_overview),
        (fr.nav_commune, en.nav_commune),
        (fr.nav_present, en.nav_present),
        (fr.overview_title, en.overview_title),
        (fr.overview_lead, en.overview_lead),
        (fr.loading_dashboard, en.loading_dashboard),
        (fr.footer_workbench, en.footer_workbench),
        (fr.footer_workbench_rest, en.footer_workbench_rest),
        (fr.footer_project, en.footer_project),
    ];
    for (french, english) in pairs {
        assert!(html.contains(&format!("data-en=\"{english}\">{french}<")), "index.html lacks « {french} » / « {english} »");
    }
    assert!(html.contains(&format!("aria-label=\"{}\" data-en-label=\"{}\"", fr.nav_label, en.nav_label)));
    assert!(html.contains(&en.document_title.replace('\'', "\\'")), "the English tab title");
    assert!(html.contains(&format!("<title>{}</title>", fr.document_title)));
}

#[test]
fn the_indicator_header_of_index_html_says_what_the_app_says() {
    // index.html's boot script paints an indicator page's breadcrumb and heading from the data
    // files before the WebAssembly runs, with these texts of its <template>: the app then
    // draws its own in their place, which must read the same.
    let html = include_str!("../../../../index.html");
    let (fr, en) = (Lang::Fr.catalogue(), Lang::En.catalogue());
    let pairs = [
        (fr.indicator.overview, en.indicator.overview),
        (fr.indicator.axis_of, en.indicator.axis_of),
        (fr.indicator.unit_of, en.indicator.unit_of),
        (fr.indicator.illustrative, en.indicator.illustrative),
        (fr.common.in_french, en.common.in_french),
    ];
    for (french, english) in pairs {
        assert!(html.contains(&format!("data-en=\"{english}\">{french}<")), "index.html lacks « {french} » / « {english} »");
    }
    assert!(html.contains(&format!("aria-label=\"{}\" data-en-label=\"{}\"", fr.common.breadcrumb, en.common.breadcrumb)));
}
