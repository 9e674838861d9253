//! The pages of the site's footer: the accessibility statement ([`accessibility`]), the
//! legal notice ([`legal`]), the site map ([`sitemap`]) and the page about the data
//! ([`data`]). Each builds a [`Document`]: headings, paragraphs, lists and definition lists
//! whose pieces are text, links, or a field the publisher has not filled in yet
//! ([`Inline::Missing`], shown « à compléter par l'éditeur »). Their words come from the
//! catalogue of the page's language (`i18n::t().site()`); the app only renders documents.

pub mod accessibility;
pub mod data;
pub mod legal;
pub mod sitemap;

use en_action_core::link::safe_href;

use crate::i18n::{fill, t};
use crate::url::{Page, ViewState};

/// What a field the publisher has not filled in shows: « à compléter par l'éditeur ».
pub fn to_complete() -> &'static str {
    t().site().to_complete
}

/// A page: one title (the `h1`), an introduction, then sections (`h2`, their subsections `h3`).
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub title: String,
    pub intro: Vec<Block>,
    pub sections: Vec<Section>,
}

/// A titled part of a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The heading's `id` (an anchor), ASCII.
    pub id: String,
    pub heading: String,
    pub blocks: Vec<Block>,
    /// One heading level below this one.
    pub subsections: Vec<Section>,
}

impl Section {
    pub fn new(id: &str, heading: impl Into<String>, blocks: Vec<Block>) -> Section {
        Section { id: id.to_owned(), heading: heading.into(), blocks, subsections: Vec::new() }
    }
}

/// A block of text.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    /// A bulleted list; items may hold a nested list.
    List(Vec<Item>),
    /// Terms and their descriptions (`<dl>`).
    Terms(Vec<(String, Vec<Inline>)>),
}

/// An item of a [`Block::List`].
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub content: Vec<Inline>,
    pub children: Vec<Item>,
}

impl Item {
    pub fn new(content: Vec<Inline>) -> Item {
        Item { content, children: Vec::new() }
    }
}

/// A piece of text.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    /// A link to another site (`https:`, `http:` or `mailto:` only: see [`external`]).
    External { text: String, href: String },
    /// A link to a view of the dashboard.
    Internal { text: String, to: ViewState },
    /// A field the publisher has not filled in: [`to_complete`].
    Missing,
    /// A name or text in French whatever the page's language (a source's name, a licence):
    /// tagged `lang="fr"`.
    French(Box<Inline>),
}

impl Inline {
    /// The text a reader sees.
    pub fn text(&self) -> &str {
        match self {
            Inline::Text(t) | Inline::External { text: t, .. } | Inline::Internal { text: t, .. } => t,
            Inline::Missing => to_complete(),
            Inline::French(inner) => inner.text(),
        }
    }
}

/// Plain text.
pub fn text(text: impl Into<String>) -> Inline {
    Inline::Text(text.into())
}

/// `inline`, said in French whatever the page's language.
pub fn french(inline: Inline) -> Inline {
    Inline::French(Box::new(inline))
}

/// A paragraph of plain text.
pub fn paragraph(text: impl Into<String>) -> Block {
    Block::Paragraph(vec![Inline::Text(text.into())])
}

/// A list of plain-text items.
pub fn list<S: Into<String>>(items: impl IntoIterator<Item = S>) -> Block {
    Block::List(items.into_iter().map(|t| Item::new(vec![text(t)])).collect())
}

/// A link to `href` when it is a web or mail address, else plain text: addresses from files
/// are checked again here, so a `javascript:` link can never become an `href`.
pub fn external(text: impl Into<String>, href: &str) -> Inline {
    match safe_href(href) {
        Some(href) => Inline::External { text: text.into(), href: href.to_owned() },
        None => Inline::Text(text.into()),
    }
}

/// The pieces of `template` with `pieces` in the place of its `{name}` (a link or a field
/// inside a sentence, wherever each language puts it).
pub fn slot(template: &str, name: &str, pieces: Vec<Inline>) -> Vec<Inline> {
    let Some((before, after)) = template.split_once(&format!("{{{name}}}")) else { return vec![text(template)] };
    let mut out = Vec::with_capacity(pieces.len() + 2);
    if !before.is_empty() {
        out.push(text(before));
    }
    out.extend(pieces);
    if !after.is_empty() {
        out.push(text(after));
    }
    out
}

/// A link to view `to`.
pub fn internal(text: impl Into<String>, to: ViewState) -> Inline {
    Inline::Internal { text: text.into(), to }
}

/// A field from the publisher's block: its text, or [`Inline::Missing`] when absent or blank.
pub fn field(value: Option<&str>) -> Inline {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        Some(v) => text(v),
        None => Inline::Missing,
    }
}

/// A link field from the publisher's block (`mailto:` shown as the address): the link, plain
/// text when it is not a web or mail address (refused by the checker anyway), or
/// [`Inline::Missing`].
pub fn link_field(value: Option<&str>) -> Inline {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        Some(v) => external(v.strip_prefix("mailto:").unwrap_or(v), v),
        None => Inline::Missing,
    }
}

/// The title of site page `page` (the footer's link text is [`footer_label`]).
pub fn title(page: Page) -> &'static str {
    let words = t().site();
    match page {
        Page::Accessibility => words.statement_title,
        Page::Legal => words.legal_title,
        Page::Sitemap => words.map_title,
        Page::Data => words.data_title,
        _ => "",
    }
}

/// The tab's title while site page `page` is shown: « Plan du site : En action ».
pub fn tab_title(page: Page) -> String {
    fill(t().site().tab_title, &[("page", title(page))])
}

/// The footer's link text of site page `page`. The statement's link carries the state of
/// conformity, as the RGAA asks of every page's footer (« Accessibilité : non conforme »).
pub fn footer_label(page: Page) -> String {
    let words = t().site();
    match page {
        Page::Accessibility => fill(words.footer_accessibility, &[("status", words.statement_status)]),
        other => title(other).to_owned(),
    }
}

/// The footer's links: (text, link), in the footer's order.
pub fn footer_links() -> Vec<(String, ViewState)> {
    Page::SITE.into_iter().map(|p| (footer_label(p), ViewState::page(p))).collect()
}

/// Every piece of text of `document`, in reading order (for tests and searches).
pub fn all_text(document: &Document) -> String {
    fn inlines(out: &mut String, pieces: &[Inline]) {
        pieces.iter().for_each(|p| out.push_str(p.text()));
        out.push('\n');
    }
    fn items(out: &mut String, list: &[Item]) {
        for item in list {
            inlines(out, &item.content);
            items(out, &item.children);
        }
    }
    fn blocks(out: &mut String, list: &[Block]) {
        for block in list {
            match block {
                Block::Paragraph(p) => inlines(out, p),
                Block::List(l) => items(out, l),
                Block::Terms(terms) => terms.iter().for_each(|(t, d)| {
                    out.push_str(t);
                    out.push('\n');
                    inlines(out, d);
                }),
            }
        }
    }
    fn sections(out: &mut String, list: &[Section]) {
        for s in list {
            out.push_str(&s.heading);
            out.push('\n');
            blocks(out, &s.blocks);
            sections(out, &s.subsections);
        }
    }
    let mut out = document.title.clone() + "\n";
    blocks(&mut out, &document.intro);
    sections(&mut out, &document.sections);
    out
}

/// Every link of `document` to a view of the dashboard, in reading order.
pub fn internal_links(document: &Document) -> Vec<(String, ViewState)> {
    fn from_inlines(out: &mut Vec<(String, ViewState)>, pieces: &[Inline]) {
        for p in pieces {
            if let Inline::Internal { text, to } = p {
                out.push((text.clone(), to.clone()));
            }
        }
    }
    fn from_items(out: &mut Vec<(String, ViewState)>, list: &[Item]) {
        for item in list {
            from_inlines(out, &item.content);
            from_items(out, &item.children);
        }
    }
    fn from_sections(out: &mut Vec<(String, ViewState)>, list: &[Section]) {
        for s in list {
            for block in &s.blocks {
                match block {
                    Block::Paragraph(p) => from_inlines(out, p),
                    Block::List(l) => from_items(out, l),
                    Block::Terms(terms) => terms.iter().for_each(|(_, d)| from_inlines(out, d)),
                }
            }
            from_sections(out, &s.subsections);
        }
    }
    let mut out = Vec::new();
    from_sections(&mut out, &document.sections);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{with_lang, Lang};

    #[test]
    fn fields_missing_or_blank_are_to_be_completed() {
        assert_eq!(field(None), Inline::Missing);
        assert_eq!(field(Some("  ")), Inline::Missing);
        assert_eq!(field(Some(" Lens ")), text("Lens"));
        assert_eq!(Inline::Missing.text(), "à compléter par l'éditeur");
    }

    #[test]
    fn only_web_and_mail_addresses_become_links() {
        assert_eq!(link_field(Some("mailto:a@b.fr")), Inline::External { text: "a@b.fr".into(), href: "mailto:a@b.fr".into() });
        assert_eq!(link_field(Some("javascript:alert(1)")), text("javascript:alert(1)"));
        assert_eq!(external("x", "JavaScript:alert(1)"), text("x"));
        assert_eq!(link_field(None), Inline::Missing);
    }

    #[test]
    fn the_footer_links_every_page_in_order() {
        let links = footer_links();
        let queries: Vec<String> = links.iter().map(|(_, v)| v.to_query()).collect();
        assert_eq!(queries, ["?v=1&page=accessibilite", "?v=1&page=mentions-legales", "?v=1&page=plan-du-site", "?v=1&page=donnees"]);
        let labels: Vec<&str> = links.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(labels, ["Accessibilité : non conforme", "Mentions légales", "Plan du site", "À propos des données"]);
        assert_eq!(tab_title(Page::Sitemap), "Plan du site : En action");
    }

    #[test]
    fn in_english() {
        with_lang(Lang::En, || {
            let labels: Vec<String> = footer_links().into_iter().map(|(t, _)| t).collect();
            assert_eq!(labels, ["Accessibility: not compliant", "Legal notices", "Site map", "About the data"]);
            assert_eq!(t().site().footer_label, "About the site");
            assert_eq!(Inline::Missing.text(), "to be completed by the publisher");
            assert_eq!(tab_title(Page::Legal), "Legal notices – En action");
        });
    }

    #[test]
    fn the_static_shell_has_the_footer_s_links_in_both_languages() {
        // index.html paints the footer before the WebAssembly runs, in French with the English
        // text beside it (data-en): the same texts as the app's.
        let html = include_str!("../../../../index.html");
        let (fr, en) = (with_lang(Lang::Fr, footer_links), with_lang(Lang::En, footer_links));
        for ((french, view), (english, _)) in fr.iter().zip(&en) {
            let href = view.to_query().replace('&', "&amp;");
            assert!(html.contains(&format!("<a href=\"{href}\" data-en=\"{english}\">{french}</a>")), "index.html lacks « {french} » / « {english} »");
        }
        let (fr, en) = (Lang::Fr.catalogue().site.footer_label, Lang::En.catalogue().site.footer_label);
        assert!(html.contains(&format!("aria-label=\"{fr}\" data-en-label=\"{en}\"")));
    }

    #[test]
    fn a_slot_puts_its_pieces_where_the_template_says() {
        let link = internal("ici", ViewState::overview());
        assert_eq!(slot("Voir {link}.", "link", vec![link.clone()]), vec![text("Voir "), link.clone(), text(".")]);
        assert_eq!(slot("{link}", "link", vec![link.clone()]), vec![link]);
        assert_eq!(slot("Sans rien", "link", vec![Inline::Missing]), vec![text("Sans rien")]);
    }
}
