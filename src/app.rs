//! The application shell: skip link, header with navigation, the page the URL names, footer.

use en_action_view::url::{Page, ViewState};
use leptos::prelude::*;

use crate::components::error_card::ErrorCard;
use crate::components::offline_notice::OfflineNotice;
use crate::pages::commune::CommunePage;
use crate::pages::indicator::IndicatorPage;
use crate::pages::embed::EmbedPage;
use crate::pages::overview::{Overview, OverviewIntro};
use crate::edition;
use crate::{shell_indicator, shell_intro};
use crate::language::LanguageSwitch;
use crate::pages::site::FooterLinks;
use crate::route::{Link, Route};
use crate::store::{territory_path, Loaded, Store};

#[component]
pub fn App() -> impl IntoView {
    let store = Store::new();
    let route = Route::new();
    provide_context(store);
    provide_context(route);
    edition::provide_contexts(store);
    provide_context(crate::components::add_to_deck::MyDeck::load());
    provide_context(crate::offline::Offline::start(store));
    // The presentation and the embed layout have no header and no footer. (A memo: the shell
    // is not rebuilt when the page changes between the dashboard's pages.)
    let layout = Memo::new(move |_| {
        route.state.with(|s| match (s.page, s.embed) {
            (Page::Presentation, _) => Layout::Presentation,
            (Page::Indicator, true) => Layout::Embed,
            _ => Layout::Shell,
        })
    });
    let shell = en_action_view::i18n::t().shell();
    let bare = move |layout: Layout| {
        let loading = move || match store.territory.get() {
            Loaded::Ready(territory) => match layout {
                Layout::Embed => view! { <EmbedPage territory=territory/> }.into_any(),
                _ => edition::presentation(territory),
            },
            Loaded::Loading => view! { <p class="loading presentation-loading" role="status">{shell.loading_territory}</p> }.into_any(),
            Loaded::Failed(failure) => view! { <ErrorCard failure=failure title=shell.territory_failed/> }.into_any(),
        };
        let class = if layout == Layout::Embed { "embed" } else { "presentation-page" };
        view! { <main id="contenu" class=class>{loading}</main> }
    };
    move || match layout.get() {
        Layout::Shell => view! { <Shell/> }.into_any(),
        other => bare(other).into_any(),
    }
}

/// The frame of a page.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Header, navigation, footer.
    Shell,
    /// A slide filling the screen.
    Presentation,
    /// A chart for an `<iframe>` (`integrer=1`).
    Embed,
}

/// The pages of the dashboard: skip link, header, the page the URL names, footer.
#[component]
fn Shell() -> impl IntoView {
    let store = expect_context::<Store>();
    let route = expect_context::<Route>();
    // A memo: the page is rebuilt only when the page changes, not at every change of the
    // view's state (which would lose the keyboard focus).
    let page = Memo::new(move |_| route.state.with(|s| s.page));
    let page = move || page.get();
    let intro = Memo::new(move |_| page() == Page::Overview && !matches!(store.territory.get(), Loaded::Failed(_)));
    let main = NodeRef::<leptos::html::Main>::new();
    Effect::new(move |_| {
        let on = intro.get();
        if let Some(main) = main.get() {
            shell_intro::show(&main, on);
        }
    });
    // An indicator's header drawn by the static shell, kept until the page draws its own (see
    // `shell_indicator`; the page drops it), or dropped at once elsewhere.
    let header_of = Memo::new(move |_| {
        let failed = store.territory.with(|t| matches!(t, Loaded::Failed(_)));
        route.state.with(|s| (s.page == Page::Indicator && !failed).then(|| s.indicator.clone()).flatten())
    });
    Effect::new(move |_| {
        let id = header_of.get();
        if let Some(main) = main.get() {
            shell_indicator::show(&main, id.as_deref());
        }
    });
    let shell = en_action_view::i18n::t().shell();
    let short_name = move || match store.territory.get() {
        Loaded::Ready(t) => t.name.clone(),
        _ => String::new(),
    };
    view! {
        <a class="skip-link" href="#contenu">{shell.skip_link}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <Link to=ViewState::overview() class="brand">
                    <span class="brand__name">{shell.brand}</span>
                    <span class="brand__territory">{short_name}</span>
                </Link>
                <nav class="site-nav" aria-label=shell.nav_label>
                    <ul>
                        <li><Link to=ViewState::overview() current=Signal::derive(move || page() == Page::Overview)>{shell.nav_overview}</Link></li>
                        <li><Link to=Signal::derive(move || commune_link(route)) current=Signal::derive(move || page() == Page::Commune)>{shell.nav_commune}</Link></li>
                        <li><Link to=ViewState::actions_list() current=Signal::derive(move || matches!(page(), Page::Actions | Page::Action))>{shell.nav_actions}</Link></li>
                        <li><a href=presentation_link()>{shell.nav_present}</a></li>
                    </ul>
                </nav>
                <LanguageSwitch/>
            </div>
        </header>
        {edition::preview_banner()}
        <OfflineNotice/>
        <main id="contenu" class="page" tabindex="-1" node_ref=main>
            // The overview's heading and introduction: the static shell's, kept (see
            // `shell_intro`); made here only if the shell had none.
            {move || (intro.get() && !shell_intro::kept()).then(OverviewIntro)}
            {move || match store.territory.get() {
                Loaded::Loading => {
                    let text = move || store.progress_of(&territory_path()).unwrap_or_else(|| shell.loading_territory.to_owned());
                    view! { <p class="loading" role="status">{text}</p> }.into_any()
                }
                Loaded::Failed(failure) => view! { <ErrorCard failure=failure title=shell.territory_failed/> }.into_any(),
                Loaded::Ready(territory) => match page() {
                    Page::Overview => view! { <Overview territory=territory/> }.into_any(),
                    Page::Indicator => view! { <IndicatorPage territory=territory/> }.into_any(),
                    Page::Commune => view! { <CommunePage territory=territory/> }.into_any(),
                    other => edition::page(other, territory),
                },
            }}
        </main>
        <footer class="site-footer">
            <div class="site-footer__inner">
                <FooterLinks/>
                <p><Link to=ViewState::workbench()>{shell.footer_workbench}</Link>{shell.footer_workbench_rest}</p>
                <p>{shell.footer_project}</p>
            </div>
        </footer>
    }
}

/// « Présenter »: the presentation page, in the page's language.
fn presentation_link() -> String {
    let mut query = String::from("?v=1&page=presentation");
    en_action_view::url::push_lang(&mut query);
    query
}

/// « Ma commune » keeps the commune chosen elsewhere, if any.
fn commune_link(route: Route) -> ViewState {
    route.state.with(|s| ViewState::commune(s.communes.first().map(String::as_str).unwrap_or_default()))
}
