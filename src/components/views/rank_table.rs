//! The communes of one year as a table: commune, rank, value; the territory first. A long
//! ranking comes by pages (see `en_action_view::rank_pages`): the chosen communes stay at the
//! top of every page, and the previous, the next or any page is one press away, so every
//! commune stays reachable without the page holding thousands of rows.

use std::sync::Arc;

use en_action_view::chart::ranking::Bar;
use en_action_view::chart::ranking_rows::is_long;
use en_action_view::format;
use en_action_view::i18n::{self, data, fill};
use en_action_view::rank_pages::{chosen_bars, clamp_page, is_paged, page_count, page_name, page_range, page_status, step_label};
use en_action_view::year_values::YearValues;
use leptos::html::Div;
use leptos::prelude::*;

use super::qualified_title;
use crate::pages::indicator::PageModel;
use crate::store::Computed;

#[component]
pub fn RankTable(computed: Arc<Computed>, model: Memo<PageModel>, values: Memo<YearValues>) -> impl IntoView {
    let count = Memo::new(move |_| values.with(|v| v.bars.len()));
    let text = i18n::t().indicator();
    let asked = RwSignal::new(0_usize);
    let page = Memo::new(move |_| clamp_page(count.get(), asked.get()));
    let wrap = NodeRef::<Div>::new();
    // A new page starts at its top row.
    let go = move |p: usize| {
        asked.set(clamp_page(count.get_untracked(), p));
        if let Some(wrap) = wrap.get_untracked() {
            wrap.set_scroll_top(0);
        }
    };
    let body = move || {
        let v = values.get();
        let m = model.get();
        let page = page.get();
        let value = |x: f64| format::with_unit(x, m.measure.decimals, &m.measure.unit);
        let paged = is_paged(v.bars.len());
        let part = if paged { fill(text.ranking_caption_page, &[("pages", &page_name(v.bars.len(), page))]) } else { String::new() };
        let title = qualified_title(&data::title(&computed.indicator).plain(), &m.measure);
        let caption = fill(text.ranking_caption, &[("title", &title), ("year", &v.year.to_string()), ("part", &part)]);
        let row = |b: &Bar| {
            let class = if m.communes.contains(&b.code) { "row--highlight" } else { "" };
            view! { <tr class=class><th scope="row">{b.name.clone()}</th><td>{b.rank}</td><td>{value(b.value)}</td></tr> }
        };
        // On a paged table, the territory and the chosen communes head every page.
        let chosen = paged.then(|| chosen_bars(&v.bars, &m.communes).into_iter().map(row).collect_view());
        let territory = v.territory.clone().map(|(name, x)| view! { <tr class="row--territory"><th scope="row">{name}</th><td>"–"</td><td>{value(x)}</td></tr> });
        let rows = v.bars[page_range(v.bars.len(), page)].iter().map(row).collect_view();
        view! {
            <caption>{caption}</caption>
            <thead><tr><th scope="col">{text.commune}</th><th scope="col">{text.rank}</th><th scope="col">{text.value}</th></tr></thead>
            {if paged {
                view! {
                    <tbody class="rank-table__chosen">{territory}{chosen}</tbody>
                    <tbody>{rows}</tbody>
                }
                .into_any()
            } else {
                view! { <tbody>{territory}{rows}</tbody> }.into_any()
            }}
        }
    };
    let pager = move || is_paged(count.get()).then(|| view! { <Pager count=count page=page go=go/> });
    view! {
        // A long list scrolls inside its box (keyboard too: the box takes the focus), so the
        // page keeps a bounded height.
        <div class="table-wrap" class:table-wrap--long=move || is_long(count.get()) node_ref=wrap tabindex="0" role="region" aria-label=text.ranking_table>
            <table>{body}</table>
        </div>
        {pager}
    }
}

/// Previous page, any page from a list, next page; and the page shown, said in words.
#[component]
fn Pager(count: Memo<usize>, page: Memo<usize>, go: impl Fn(usize) + Copy + Send + Sync + 'static) -> impl IntoView {
    let texts = i18n::t().indicator();
    // A step that does not exist stays in place (focusable, `aria-disabled`): the focus is
    // never lost on the first or the last page.
    let step = move |forward: bool| {
        let label = Memo::new(move |_| step_label(count.get(), page.get(), forward));
        let text = move || label.get().unwrap_or_else(|| if forward { texts.ranking_end.to_owned() } else { texts.ranking_start.to_owned() });
        view! {
            <button type="button" class="pager__step" aria-disabled=move || label.with(Option::is_none).then_some("true")
                on:click=move |_| {
                    if label.with_untracked(Option::is_some) {
                        let p = page.get_untracked();
                        go(if forward { p + 1 } else { p.saturating_sub(1) });
                    }
                }>{text}</button>
        }
    };
    let options = move || {
        let n = count.get();
        (0..page_count(n)).map(|p| view! { <option value=p.to_string() selected=move || page.get() == p>{page_name(n, p)}</option> }).collect_view()
    };
    view! {
        <nav class="pager" aria-label=texts.ranking_pages>
            {step(false)}
            <label for="classement-page">{texts.communes}</label>
            <select id="classement-page" on:change=move |ev| {
                if let Ok(p) = event_target_value(&ev).parse::<usize>() {
                    go(p);
                }
            }>{options}</select>
            {step(true)}
        </nav>
        <p class="pager__status" role="status">{move || page_status(count.get(), page.get())}</p>
    }
}
