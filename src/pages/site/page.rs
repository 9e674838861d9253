//! A site page: its breadcrumb and the document the view crate builds for it.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::i18n;
use en_action_view::site::{self, Block, Document, Inline, Item, Section};
use en_action_view::url::{Page, ViewState};
use leptos::prelude::*;

use super::{data, sitemap};
use crate::route::Link;

/// Site page `page`, built from `territory`.
#[component]
pub fn SitePage(territory: Arc<Territory>, page: Page) -> impl IntoView {
    let body = match page {
        Page::Accessibility => render(site::accessibility::document(&territory)).into_any(),
        Page::Legal => render(site::legal::document(&territory)).into_any(),
        Page::Sitemap => view! { <sitemap::Sitemap territory=territory/> }.into_any(),
        _ => view! { <data::AboutData territory=territory/> }.into_any(),
    };
    // The tab's title names the page while it is shown; the shell's title comes back after.
    let shell_title = document().title();
    document().set_title(&site::tab_title(page));
    on_cleanup(move || document().set_title(&shell_title));
    view! {
        <nav class="breadcrumb" aria-label=i18n::t().common().breadcrumb>
            <ol>
                <li><Link to=ViewState::overview()>{i18n::t().shell().nav_overview}</Link></li>
                <li aria-current="page">{site::title(page)}</li>
            </ol>
        </nav>
        <div class="site-page">{body}</div>
    }
}

/// A whole document: its title (the page's `h1`), introduction and sections.
pub fn render(doc: Document) -> impl IntoView {
    view! {
        <h1 tabindex="-1">{doc.title}</h1>
        {blocks(doc.intro)}
        {doc.sections.into_iter().map(|s| section(s, 2)).collect_view()}
    }
}

/// A section whose heading is of `level` (2 or more); its subsections one level below.
pub fn section(s: Section, level: u8) -> AnyView {
    let id = s.id;
    let heading = match level {
        0..=2 => view! { <h2 id=id>{s.heading}</h2> }.into_any(),
        3 => view! { <h3 id=id>{s.heading}</h3> }.into_any(),
        _ => view! { <h4 id=id>{s.heading}</h4> }.into_any(),
    };
    view! {
        <section class="site-section">
            {heading}
            {blocks(s.blocks)}
            {s.subsections.into_iter().map(|sub| section(sub, level + 1)).collect_view()}
        </section>
    }
    .into_any()
}

fn blocks(list: Vec<Block>) -> impl IntoView {
    list.into_iter()
        .map(|block| match block {
            Block::Paragraph(pieces) => view! { <p>{inlines(pieces)}</p> }.into_any(),
            Block::List(list) => items(list),
            Block::Terms(rows) => view! {
                <dl class="site-terms">
                    {rows.into_iter().map(|(term, pieces)| view! { <dt>{term}</dt><dd>{inlines(pieces)}</dd> }).collect_view()}
                </dl>
            }
            .into_any(),
        })
        .collect_view()
}

fn items(list: Vec<Item>) -> AnyView {
    view! {
        <ul>
            {list.into_iter().map(|item| {
                let children = (!item.children.is_empty()).then(|| items(item.children));
                view! { <li>{inlines(item.content)}{children}</li> }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

fn inlines(pieces: Vec<Inline>) -> AnyView {
    pieces
        .into_iter()
        .map(|piece| match piece {
            Inline::Text(text) => text.into_any(),
            Inline::External { text, href } => view! { <a href=href rel="noopener noreferrer">{text}</a> }.into_any(),
            Inline::Internal { text, to } => view! { <Link to=to>{text}</Link> }.into_any(),
            Inline::Missing => view! { <em class="to-complete">{site::to_complete()}</em> }.into_any(),
            Inline::French(inner) => view! { <span lang="fr">{inlines(vec![*inner])}</span> }.into_any(),
        })
        .collect_view()
        .into_any()
}
