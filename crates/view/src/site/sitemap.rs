//! « Plan du site »: every page of the dashboard as a link, built from the loaded territory:
//! the overview and each axis with its indicators, « Ma commune » and each commune, the
//! actions, the presentation, the workbench and the pages of the footer.

use en_action_core::check::id_of_file;
use en_action_core::fold::fold;
use en_action_core::territory::Territory;

use super::{internal, paragraph, title, Block, Document, Item, Section};
use crate::i18n::data::axis_label;
use crate::i18n::{fill, t};
use crate::url::{Page, ViewState};

/// An indicator file as the site map knows it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IndicatorEntry {
    /// The indicator's id (its file name without `.json`).
    pub id: String,
    /// Its title as shown (in the page's language), when its file could be read (else the id
    /// is shown).
    pub title: Option<String>,
    /// Its axis, when it can be told.
    pub axis: Option<String>,
}

impl IndicatorEntry {
    /// The entry of file `file` (as listed by the territory), its title and axis unknown.
    pub fn of_file(file: &str) -> IndicatorEntry {
        IndicatorEntry { id: id_of_file(file).to_owned(), ..IndicatorEntry::default() }
    }
}

/// The site map of `territory`, with `indicators` in the territory's order.
pub fn document(territory: &Territory, indicators: &[IndicatorEntry]) -> Document {
    let (words, shell) = (t().site(), t().shell());
    let link = |text: &str, to: ViewState| Item::new(vec![internal(text, to)]);
    let indicator_item = |e: &IndicatorEntry| link(e.title.as_deref().unwrap_or(&e.id), ViewState::indicator(&e.id));
    let mut axes = vec![link(shell.nav_overview, ViewState::overview())];
    for axis in &territory.axes {
        let mut item = link(&fill(words.map_axis, &[("axis", &axis_label(axis).plain())]), ViewState::axis(&axis.id));
        item.children = indicators.iter().filter(|e| e.axis.as_deref() == Some(axis.id.as_str())).map(indicator_item).collect();
        axes.push(item);
    }
    let placed = |e: &&IndicatorEntry| e.axis.as_deref().is_some_and(|a| territory.axis(a).is_some());
    let unplaced: Vec<Item> = indicators.iter().filter(|e| !placed(e)).map(indicator_item).collect();
    if !unplaced.is_empty() {
        axes.push(Item { content: vec![super::text(words.map_other_indicators)], children: unplaced });
    }

    let mut communes: Vec<_> = territory.communes.iter().collect();
    communes.sort_by_cached_key(|c| fold(&c.name));
    let mut mine = link(shell.nav_commune, ViewState::page(Page::Commune));
    mine.children = communes.iter().map(|c| link(&c.name, ViewState::commune(c.code.as_str()))).collect();

    let mut sections = vec![
        Section::new("plan-axes", words.map_axes_heading, vec![Block::List(axes)]),
        Section::new("plan-communes", words.map_communes_heading, vec![Block::List(vec![mine])]),
    ];
    if territory.actions.is_some() {
        let mut summary = link(words.map_actions_summary, ViewState::actions_list());
        summary.children = territory.axes.iter().map(|a| link(&fill(words.map_actions_of_axis, &[("axis", &axis_label(a).plain())]), ViewState::actions_of_axis(&a.id))).collect();
        sections.push(Section::new("plan-actions", words.map_actions_heading, vec![Block::List(vec![summary])]));
    }
    sections.push(Section::new("plan-outils", words.map_tools_heading, vec![Block::List(vec![
        link(words.map_present, ViewState::page(Page::Presentation)),
        link(shell.footer_workbench, ViewState::workbench()),
    ])]));
    sections.push(Section::new("plan-site", words.footer_label, vec![Block::List(
        Page::SITE.into_iter().map(|p| link(title(p), ViewState::page(p))).collect(),
    )]));
    Document {
        title: words.map_title.to_owned(),
        intro: vec![paragraph(fill(words.map_intro, &[("territory", &territory.name)]))],
        sections,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actions::fixture;
    use crate::site::internal_links;

    fn entries(territory: &Territory) -> Vec<IndicatorEntry> {
        territory
            .indicators
            .iter()
            .map(|f| {
                let id = id_of_file(f).to_owned();
                IndicatorEntry { title: Some(format!("Titre de {id}")), axis: f.as_str().split('/').next().map(str::to_owned), id }
            })
            .collect()
    }

    #[test]
    fn lists_every_page_indicator_and_commune() {
        let territory = fixture::territory();
        let doc = document(&territory, &entries(&territory));
        let queries: Vec<String> = internal_links(&doc).iter().map(|(_, v)| v.to_query()).collect();
        let has = |q: &str| queries.iter().any(|x| x == q);
        assert!(has("?v=1") && has("?v=1&axe=bouger") && has("?v=1&page=commune") && has("?v=1&page=atelier"));
        assert!(has("?v=1&page=presentation") && has("?v=1&page=actions") && has("?v=1&page=actions&axe=respirer"));
        for page in Page::SITE {
            assert!(has(&ViewState::page(page).to_query()), "{page:?}");
        }
        for file in &territory.indicators {
            assert!(has(&format!("?v=1&page=indicateur&id={}", id_of_file(file))), "{file}");
        }
        for commune in &territory.communes {
            assert!(has(&format!("?v=1&page=commune&communes={}", commune.code.as_str())), "{}", commune.name);
        }
        assert_eq!(queries.len(), 1 + territory.axes.len() + territory.indicators.len() + 1 + territory.communes.len() + 1 + territory.axes.len() + 2 + 4);
    }

    #[test]
    fn indicators_under_their_axis_communes_in_alphabetical_order() {
        let territory = fixture::territory();
        let doc = document(&territory, &entries(&territory));
        let Block::List(axes) = &doc.sections[0].blocks[0] else { panic!("a list") };
        assert_eq!(axes[1].content[0].text(), "Axe « Bouger »");
        assert_eq!(axes[1].children[0].content[0].text(), "Titre de couverture_bulles");
        let Block::List(mine) = &doc.sections[1].blocks[0] else { panic!("a list") };
        let names: Vec<&str> = mine[0].children.iter().map(|c| c.content[0].text()).collect();
        let mut sorted = names.clone();
        sorted.sort_by_key(|n| fold(n));
        assert_eq!(names, sorted);
        assert!(names.iter().position(|n| *n == "Éleu-dit-Leauwette") < names.iter().position(|n| *n == "Fouquières-lès-Lens"));
    }

    #[test]
    fn an_unreadable_file_is_listed_by_its_id() {
        let territory = fixture::territory();
        let doc = document(&territory, &[IndicatorEntry::of_file("ailleurs/perdu.json")]);
        let Block::List(axes) = &doc.sections[0].blocks[0] else { panic!("a list") };
        let last = axes.last().expect("an item");
        assert_eq!(last.content[0].text(), "Autres indicateurs");
        assert_eq!(last.children[0].content[0].text(), "perdu");
    }

    #[test]
    fn no_actions_section_without_an_actions_file() {
        let territory = Territory { actions: None, ..fixture::territory() };
        let doc = document(&territory, &[]);
        assert!(doc.sections.iter().all(|s| s.id != "plan-actions"));
    }

    #[test]
    fn in_english() {
        let territory = fixture::territory();
        let doc = crate::i18n::with_lang(crate::i18n::Lang::En, || document(&territory, &entries(&territory)));
        assert_eq!(doc.title, "Site map");
        let headings: Vec<&str> = doc.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, ["The axes and their indicators", "The communes", "The actions", "Present and update", "About the site"]);
        let Block::List(axes) = &doc.sections[0].blocks[0] else { panic!("a list") };
        assert_eq!(axes[0].content[0].text(), "Overview");
        // The sample's axes have their English label (label_en).
        assert_eq!(axes[1].content[0].text(), "Axis “Getting around”");
        let Block::List(site) = &doc.sections[4].blocks[0] else { panic!("a list") };
        assert_eq!(site[0].content[0].text(), "Accessibility statement");
    }
}
