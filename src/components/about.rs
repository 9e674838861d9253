//! Beside the chart: what the indicator measures, where it comes from, how the territory
//! value is computed, the target.

use std::sync::Arc;

use en_action_core::date::Date;
use en_action_core::link::safe_href;
use en_action_core::territory::Territory;
use en_action_view::format;
use en_action_view::i18n::{self, data, fill};
use en_action_view::lines::aggregation_explanation;
use leptos::prelude::*;

use crate::components::localised::LocalisedText;
use crate::store::Computed;

#[component]
pub fn About(territory: Arc<Territory>, computed: Arc<Computed>) -> impl IntoView {
    let ind = &computed.indicator;
    let source = ind.source.clone();
    let retrieved = Date::parse(&source.retrieved).map(format::date).unwrap_or(source.retrieved.clone());
    let partial = computed.territory.partial_years();
    let text = i18n::t().indicator();
    let of_territory = data::of_territory(&territory);
    view! {
        <aside class="about" aria-labelledby="a-propos">
            <h2 id="a-propos">{text.about}</h2>
            <dl>
                <dt>{text.definition}</dt>
                <dd>{(!ind.definition.trim().is_empty()).then(|| view! { <LocalisedText text=data::definition(ind)/> })}</dd>
                <dt>{text.unit}</dt>
                <dd>{data::unit(ind).to_owned()}</dd>
                <dt>{text.source}</dt>
                // Checked again here (the checker refuses other links): only https:, http: and
                // mailto: links become links; anything else stays text.
                <dd>{match source.url.as_deref().and_then(safe_href).map(str::to_owned) {
                    // Sources are named in French (proper names): read as French.
                    Some(url) => view! { <a href=url rel="noopener noreferrer" lang="fr">{source.name.clone()}</a> }.into_any(),
                    None => view! { <span lang="fr">{source.name.clone()}</span> }.into_any(),
                }}</dd>
                <dt>{text.licence}</dt>
                <dd lang="fr">{source.licence.clone()}</dd>
                <dt>{text.retrieved}</dt>
                <dd>{retrieved}</dd>
                <dt>{fill(text.territory_value, &[("territory", of_territory)])}</dt>
                <dd>{aggregation_explanation(ind.aggregation)}
                    {(!partial.is_empty()).then(|| format!(" {}", fill(text.partial_years, &[("years", &partial.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "))])))}
                </dd>
                {ind.target().map(|t| view! {
                    <dt>{fill(text.goal_year, &[("year", &t.year.to_string())])}</dt>
                    <dd>{format::with_unit(t.value, ind.decimals, data::unit(ind))}{data::target_label(t).map(|label| view! { " (" <LocalisedText text=label/> ")" })}</dd>
                })}
                {(!ind.breaks.is_empty()).then(|| view! {
                    <dt>{text.breaks}</dt>
                    <dd>{ind.breaks.iter().map(|b| fill(text.year_label, &[("year", &b.year.to_string()), ("label", &data::break_label(b).plain())])).collect::<Vec<_>>().join(text.list_separator)}</dd>
                })}
                {ind.illustrative.then(|| view! {
                    <dt>{text.caution}</dt>
                    <dd>{text.illustrative_note}</dd>
                })}
            </dl>
        </aside>
    }
}
