//! The 2030 verdict on the indicator page, beside the finding: the goal, then for the
//! territory and each commune shown, the status in words and when the current pace reaches
//! the goal. The same measure as the overview cards.

use std::sync::Arc;

use en_action_core::stats::ProgressStatus;
use en_action_core::territory::Territory;
use en_action_view::i18n;
use en_action_view::verdict::{goal, verdicts};
use leptos::prelude::*;

use crate::pages::indicator::PageModel;
use crate::store::Computed;

#[component]
pub fn Verdicts(territory: Arc<Territory>, computed: Arc<Computed>, model: Memo<PageModel>) -> impl IntoView {
    let Some(goal) = goal(&computed.indicator) else { return ().into_any() };
    let list = Memo::new(move |_| {
        let ind = &computed.indicator;
        let communes: Vec<(String, en_action_core::Series)> = model.with(|m| {
            m.communes
                .iter()
                .filter_map(|code| {
                    let commune = territory.commune_by_code(code)?;
                    Some((commune.name.clone(), ind.commune_series(&commune.code)?))
                })
                .collect()
        });
        let refs: Vec<(&str, &en_action_core::Series)> = communes.iter().map(|(n, s)| (n.as_str(), s)).collect();
        verdicts(ind, (&territory.short_name, &computed.territory.series), &refs, territory.baseline_year)
    });
    let class = |s: Option<ProgressStatus>| match s {
        Some(ProgressStatus::Achieved | ProgressStatus::Substantial) => "status status--good",
        Some(ProgressStatus::Deterioration) => "status status--bad",
        _ => "status",
    };
    view! {
        <section class="verdict" aria-labelledby="verdict-titre">
            <h2 id="verdict-titre" class="verdict__goal">{goal}</h2>
            <ul>
                {move || list.get().into_iter().map(|v| view! {
                    <li><span class=class(v.status)>{v.place}</span>{i18n::t().indicator().verdict_separator}{v.text}</li>
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}
