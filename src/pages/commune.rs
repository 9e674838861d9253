//! The commune profile: one commune against the territory on every indicator, by axis,
//! with its rank among the communes.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::downloads::{profile_table, ProfileEntry};
use en_action_view::finding::{change_direction_word, change_in_words};
use en_action_view::format;
use en_action_view::i18n::{self, data, fill};
use en_action_view::profile::{ordinal, profile_row, Basis};
use en_action_view::url::ViewState;
use leptos::prelude::*;

use crate::components::add_to_deck::AddToDeck;
use crate::components::commune_picker::CommunePicker;
use crate::components::localised::LocalisedText;
use crate::route::{Link, Route};
use crate::components::file_problems::{ready_on_axis, FileProblems};
use crate::store::Computed;

#[component]
pub fn CommunePage(territory: Arc<Territory>) -> impl IntoView {
    let route = expect_context::<Route>();
    let code = Memo::new(move |_| route.state.with(|s| s.communes.first().cloned()));
    let pick = Callback::new(move |code: String| route.go(ViewState::commune(&code)));
    let text = i18n::t().commune();
    let t = territory.clone();
    let body = move || {
        let territory = t.clone();
        let Some(commune) = code.get().and_then(|c| territory.commune_by_code(&c).cloned()) else {
            return view! {
                <h1 tabindex="-1">{text.profile_choose_title}</h1>
                <p class="lead">{text.profile_choose_lead}</p>
            }
            .into_any();
        };
        let population = commune
            .population
            .last()
            .map(|(y, p)| fill(text.profile_population, &[("population", &format::number(p, 0)), ("year", &y.to_string())]))
            .unwrap_or_default();
        let lead = fill(text.profile_compared_with, &[("population", &population), ("territory", &territory.name)]);
        let rank_meaning = fill(text.profile_rank_meaning, &[("n", &territory.communes.len().to_string())]);
        let axes = territory.axes.clone();
        view! {
            <h1 tabindex="-1">{commune.name.clone()}</h1>
            <p class="lead">{lead}</p>
            <p class="rank-meaning">{rank_meaning}</p>
            <AddToDeck share=fill(text.profile_share_title, &[("commune", &commune.name)])/>
            <ProfileDownload territory=territory.clone() code=commune.code.to_string()/>
            <FileProblems territory=territory.clone()/>
            {axes.into_iter().map(|axis| {
                let territory = territory.clone();
                let commune = commune.clone();
                let heading_id = format!("axe-{}", axis.id);
                let heading_label = heading_id.clone();
                let axis_id = axis.id.clone();
                let code = commune.code.to_string();
                let t = territory.clone();
                let rows = move || ready_on_axis(&t, &axis_id).into_iter().map(|c| view! { <ProfileLine territory=t.clone() computed=c code=code.clone()/> }).collect_view();
                let label = data::axis_label(&axis);
                let plain = label.plain();
                let region = fill(text.profile_axis_region, &[("axis", &plain), ("commune", &commune.name)]);
                let caption = fill(text.profile_axis_caption, &[("axis", &plain), ("commune", &commune.name), ("territory", &territory.short_name)]);
                view! {
                    <section class="profile-axis" aria-labelledby=heading_label style=("--axis-colour", axis.colour.clone())>
                        <div class="axis__header"><h2 id=heading_id><LocalisedText text=label/></h2></div>
                        <div class="table-wrap" tabindex="0" role="region" aria-label=region>
                        <table class="profile-table">
                            <caption>{caption}</caption>
                            <thead><tr>
                                <th scope="col">{text.profile_col_indicator}</th>
                                <th scope="col">{commune.name.clone()}</th>
                                <th scope="col">{territory.short_name.clone()}</th>
                                <th scope="col">{text.profile_col_gap}</th>
                                <th scope="col">{text.profile_col_rank}</th>
                                <th scope="col">{text.profile_col_change}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                        </div>
                    </section>
                }
            }).collect_view()}
            <crate::pages::actions::sections::CommuneActions territory=territory.clone() code=commune.code.to_string()/>
        }
        .into_any()
    };
    view! {
        <div class="controls">
            <CommunePicker territory=territory.clone() selected=Signal::derive(move || code.get().into_iter().collect::<Vec<_>>())
                on_pick=pick label=text.profile_picker_label id="profil-commune"/>
        </div>
        {body}
    }
}

/// « Profil (CSV) »: the commune against the territory on every indicator ready.
#[component]
fn ProfileDownload(territory: Arc<Territory>, code: String) -> impl IntoView {
    let download = move |_| {
        let Some(commune) = territory.commune_by_code(&code) else { return };
        let ready: Vec<Arc<Computed>> = territory.axes.iter().flat_map(|a| ready_on_axis(&territory, &a.id)).collect();
        let entries: Vec<ProfileEntry> = ready
            .iter()
            .map(|c| ProfileEntry { indicator: &c.indicator, row: profile_row(&c.indicator, &c.territory, &territory, &commune.code) })
            .collect();
        let table = profile_table(&commune.name, &territory.short_name, &entries);
        crate::download::text(&format!("profil-{code}.csv"), en_action_view::csv::CSV_MEDIA_TYPE, &en_action_view::csv::to_csv(&table));
    };
    let text = i18n::t().commune();
    view! {
        <div class="downloads" role="group" aria-label=text.profile_download_group>
            <button type="button" on:click=download>{text.profile_download}</button>
        </div>
    }
}

/// One indicator of the commune's profile, as a table row.
#[component]
pub fn ProfileLine(
    territory: Arc<Territory>,
    computed: Arc<Computed>,
    code: String,
    /// Without the commune's own trend (a projected slide compares with the territory only).
    #[prop(optional)]
    without_trend: bool,
) -> impl IntoView {
    let text = i18n::t().commune();
    let ind = &computed.indicator;
    let Some(commune_code) = territory.commune_by_code(&code).map(|c| c.code.clone()) else { return ().into_any() };
    let row = profile_row(ind, &computed.territory, &territory, &commune_code);
    let (decimals, unit) = match row.basis {
        Basis::PerThousand => (ind.decimals + 1, fill(text.profile_per_thousand_unit, &[("unit", data::unit(ind))])),
        _ => (ind.decimals, data::unit(ind).to_owned()),
    };
    let value = |v: Option<f64>| v.map(|v| format::with_unit(v, decimals, &unit)).unwrap_or_else(|| "–".to_owned());
    let commune_cell = match row.year {
        Some(year) => format!("{} ({year})", value(row.commune)),
        None if !ind.has_communes() => text.profile_not_by_commune.to_owned(),
        None => text.profile_no_data.to_owned(),
    };
    let (gap_text, gap_class) = match (&row.comparison, row.basis) {
        (_, Basis::Count { share: Some(share) }) => (fill(text.profile_share_of_total, &[("share", &format::with_unit(share * 100.0, 1, "%"))]), ""),
        (Some(cmp), _) => {
            let gap = format::signed(cmp.gap, decimals);
            match cmp.better {
                Some(true) => (fill(text.profile_gap_better, &[("gap", &gap)]), "gap--better"),
                Some(false) => (fill(text.profile_gap_worse, &[("gap", &gap)]), "gap--worse"),
                None => (gap, ""),
            }
        }
        _ => ("–".to_owned(), ""),
    };
    let rank = row
        .rank
        .map(|(r, of, tied)| fill(text.profile_rank_of, &[("rank", &ordinal(r, tied)), ("total", &of.to_string())]))
        .unwrap_or_else(|| "–".to_owned());
    // The commune's own trend: « en baisse : −4,4 points depuis 2015 ».
    let trend = row
        .change
        .as_ref()
        .map(|c| fill(text.profile_trend, &[("direction", &change_direction_word(c, decimals).to_string()), ("change", &change_in_words(c, &unit, decimals, ind.direction))]))
        .unwrap_or_else(|| "–".to_owned());
    let (title, illustrative) = (data::title(ind), ind.illustrative);
    // Each cell names its column, for the stacked cards of narrow screens.
    let commune_name = territory.commune_by_code(&code).map(|c| c.name.clone()).unwrap_or_default();
    let territory_name = territory.short_name.clone();
    let mut link = ViewState::indicator(&ind.id);
    link.toggle_commune(&code);
    view! {
        <tr>
            <th scope="row"><Link to=link><LocalisedText text=title/></Link>
                {illustrative.then(|| view! { " " <span class="badge badge--illustrative">{text.profile_illustrative}</span> })}</th>
            <td data-label=commune_name>{commune_cell}</td>
            <td data-label=territory_name>{value(row.territory)}</td>
            <td class=gap_class data-label=text.profile_col_gap>{gap_text}</td>
            <td data-label=text.profile_col_rank>{rank}</td>
            {(!without_trend).then(|| view! { <td data-label=text.profile_col_change>{trend}</td> })}
        </tr>
    }
    .into_any()
}
