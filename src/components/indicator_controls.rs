//! The controls of the indicator page: communes, years, display options. Each writes the
//! URL, so every combination is a link.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::chart::palette::commune_colour;
use en_action_view::i18n;
use en_action_view::lines::year_range;
use en_action_view::url::IndicatorView;
use leptos::prelude::*;

use crate::components::commune_picker::CommunePicker;
use crate::route::Route;
use crate::store::Computed;

#[component]
pub fn Controls(territory: Arc<Territory>, computed: Arc<Computed>) -> impl IntoView {
    let route = expect_context::<Route>();
    let text = i18n::t().indicator();
    let ind = &computed.indicator;
    let years = ind.years.clone();
    let per_capita_allowed = ind.per_capita;
    let has_communes = ind.has_communes();
    let view_kind = Memo::new(move |_| route.state.with(|s| s.view));
    let c = computed.clone();
    let range = Memo::new(move |_| route.state.with(|s| year_range(&c.indicator, s.from, s.to)));
    // Memos: a change of view or year reaches neither the picker's suggestions nor its chips.
    let selected = Memo::new(move |_| route.state.with(|s| s.communes.clone()));
    let add = Callback::new(move |code: String| route.update(|s| {
        if !s.communes.contains(&code) {
            s.communes.push(code);
        }
    }));
    let remove = Callback::new(move |code: String| route.update(|s| s.communes.retain(|c| *c != code)));
    // The options read the chosen year reactively, so a select is not rebuilt (and does not
    // lose the focus) when its own value changes.
    let year_options = move |selected: Memo<i32>| {
        years.iter().map(|&y| view! { <option value=y.to_string() selected=move || selected.get() == y>{y.to_string()}</option> }).collect_view()
    };
    let years_from = year_options.clone();
    let years_to = year_options.clone();
    let years_at = year_options;
    let c = computed.clone();
    let shown_year = Memo::new(move |_| route.state.with(|s| s.year).filter(|y| c.indicator.years.contains(y)).unwrap_or(range.get().1));
    // Read by the label alone: changing the view keeps the picker (and its sorted names).
    let picker_label = Signal::derive(move || match view_kind.get() {
        IndicatorView::Ranking | IndicatorView::Map => text.highlight_commune.to_owned(),
        _ => text.add_commune.to_owned(),
    });
    view! {
        <div class="controls">
            {has_communes.then(|| view! {
                <CommunePicker territory=territory.clone() selected=selected on_pick=add on_remove=remove
                    label=picker_label id="communes" colours=commune_colour/>
            })}
            {move || (view_kind.get() != IndicatorView::Ranking && view_kind.get() != IndicatorView::Map).then(|| {
                let from = Memo::new(move |_| range.get().0);
                let to = Memo::new(move |_| range.get().1);
                view! {
                    <div class="control">
                        <fieldset>
                            <legend>{text.years}</legend>
                            <label for="annee-debut" class="visually-hidden">{text.first_year}</label>
                            <select id="annee-debut" on:change=move |ev| {
                                let y = event_target_value(&ev).parse().ok();
                                route.update(|s| s.from = y);
                            }>{years_from(from)}</select>
                            <span aria-hidden="true">"→"</span>
                            <label for="annee-fin" class="visually-hidden">{text.last_year}</label>
                            <select id="annee-fin" on:change=move |ev| {
                                let y = event_target_value(&ev).parse().ok();
                                route.update(|s| s.to = y);
                            }>{years_to(to)}</select>
                        </fieldset>
                    </div>
                }
            })}
            {move || matches!(view_kind.get(), IndicatorView::Ranking | IndicatorView::Map).then(|| view! {
                <div class="control">
                    <label for="annee">{text.year}</label>
                    <select id="annee" on:change=move |ev| {
                        let y = event_target_value(&ev).parse().ok();
                        route.update(|s| s.year = y);
                    }>{years_at(shown_year)}</select>
                </div>
            })}
            {per_capita_allowed.then(|| view! {
                <label class="check">
                    <input type="checkbox" prop:checked=move || route.state.with(|s| s.shows_per_capita(true))
                        on:change=move |ev| { let on = event_target_checked(&ev); route.update(|s| s.set_per_capita(on)); }/>
                    {text.per_thousand}
                </label>
            })}
            {move || (view_kind.get() == IndicatorView::Trend).then(|| view! {
                <label class="check">
                    <input type="checkbox" prop:checked=move || route.state.with(|s| s.index100)
                        on:change=move |ev| { let on = event_target_checked(&ev); route.update(|s| s.index100 = on); }/>
                    {text.index_100}
                </label>
            })}
        </div>
    }
}
