//! The pages of the site's footer (`page=accessibilite`, `mentions-legales`, `plan-du-site`,
//! `donnees`): each renders a document of the view crate ([`en_action_view::site`]). Text
//! from the data files is rendered as text; links from them only when they are web or mail
//! addresses (checked again by the view crate).

//!
//! The pages themselves come with the full edition (`crate::edition`); the footer's links are
//! in every edition.

#[cfg(feature = "full")]
mod data;
#[cfg(feature = "full")]
mod page;
#[cfg(feature = "full")]
mod sitemap;

use en_action_view::{i18n, site};
use leptos::prelude::*;

#[cfg(feature = "full")]
pub use page::SitePage;
#[cfg(feature = "full")]
use page::{render, section};

use crate::route::Link;

/// The footer's links to these pages (the same markup as the static shell's in `index.html`).
#[component]
pub fn FooterLinks() -> impl IntoView {
    view! {
        <nav class="site-footer__links" aria-label=i18n::t().site().footer_label>
            <ul>
                {site::footer_links().into_iter().map(|(text, to)| view! { <li><Link to=to>{text}</Link></li> }).collect_view()}
            </ul>
        </nav>
    }
}
