//! Which pages this edition of the app shows. The first-view edition leaves out the pages
//! that need much code and few visitors open first (presentation, workbench, the actions'
//! own pages, the site's pages of the footer): its WebAssembly is smaller, so the overview and the indicator pages come
//! sooner. A move to a page it lacks is a full navigation: `index.html`'s boot script then
//! loads the full edition (its list of pages is the same as [`in_full_edition_only`]'s).

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::url::Page;
use leptos::prelude::*;

use crate::store::Store;

/// Whether `page` is shown by the full edition only.
pub fn in_full_edition_only(page: Page) -> bool {
    matches!(
        page,
        Page::Presentation | Page::Workbench | Page::Actions | Page::Action | Page::Accessibility | Page::Legal | Page::Sitemap | Page::Data
    )
}

/// Whether this edition shows `page`.
pub fn shows(page: Page) -> bool {
    cfg!(feature = "full") || !in_full_edition_only(page)
}

/// The contexts of the full edition's pages (the workbench's state).
pub fn provide_contexts(store: Store) {
    #[cfg(feature = "full")]
    provide_context(crate::workbench::Workbench::new(store));
    #[cfg(not(feature = "full"))]
    let _ = store;
}

/// The banner of the workbench's preview (the full edition only: no preview elsewhere).
pub fn preview_banner() -> AnyView {
    #[cfg(feature = "full")]
    return view! { <crate::components::workbench::preview_banner::PreviewBanner/> }.into_any();
    #[cfg(not(feature = "full"))]
    return ().into_any();
}

/// The presentation's page.
pub fn presentation(territory: Arc<Territory>) -> AnyView {
    #[cfg(feature = "full")]
    return view! { <crate::pages::presentation::PresentationPage territory=territory/> }.into_any();
    #[cfg(not(feature = "full"))]
    return elsewhere(territory);
}

/// The full edition's pages in the shell (the shell's own pages are the app's).
pub fn page(page: Page, territory: Arc<Territory>) -> AnyView {
    #[cfg(feature = "full")]
    return match page {
        Page::Workbench => view! { <crate::pages::workbench::WorkbenchPage/> }.into_any(),
        Page::Actions => view! { <crate::pages::actions::ActionsPage territory=territory/> }.into_any(),
        Page::Action => view! { <crate::pages::actions::ActionPage territory=territory/> }.into_any(),
        site @ (Page::Accessibility | Page::Legal | Page::Sitemap | Page::Data) => view! { <crate::pages::site::SitePage territory=territory page=site/> }.into_any(),
        _ => ().into_any(),
    };
    #[cfg(not(feature = "full"))]
    return {
        let _ = page;
        elsewhere(territory)
    };
}

/// The first-view edition asked for a page it lacks (a history entry written by the full
/// edition): the page is loaded again, and the boot script takes the full edition.
#[cfg(not(feature = "full"))]
fn elsewhere(_territory: Arc<Territory>) -> AnyView {
    let _ = window().location().reload();
    view! { <p class="loading" role="status">{en_action_view::i18n::t().commune().error_loading_page}</p> }.into_any()
}
