//! Beside the chart: what the indicator measures, where it comes from, how the territory
//! value is computed, the target.

use std::sync::Arc;

use en_action_core::date::Date;
use en_action_core::link::safe_href;
use en_action_core::territory::Territory;
use en_action_view::format;
use leptos::prelude::*;

use crate::store::Computed;

#[component]
pub fn About(territory: Arc<Territory>, computed: Arc<Computed>) -> impl IntoView {
    let ind = &computed.indicator;
    let source = ind.source.clone();
    let retrieved = Date::parse(&source.retrieved).map(Date::to_french).unwrap_or(source.retrieved.clone());
    let partial = computed.territory.partial_years();
    view! {
        <aside class="about" aria-labelledby="a-propos">
            <h2 id="a-propos">"À propos de cet indicateur"</h2>
            <dl>
                <dt>"Définition"</dt>
                <dd>{ind.definition.clone()}</dd>
                <dt>"Unité"</dt>
                <dd>{ind.unit.clone()}</dd>
                <dt>"Source"</dt>
                // Checked again here (the checker refuses other links): only https:, http: and
                // mailto: links become links; anything else stays text.
                <dd>{match source.url.as_deref().and_then(safe_href).map(str::to_owned) {
                    Some(url) => view! { <a href=url rel="noopener noreferrer">{source.name.clone()}</a> }.into_any(),
                    None => view! { <span>{source.name.clone()}</span> }.into_any(),
                }}</dd>
                <dt>"Licence"</dt>
                <dd>{source.licence.clone()}</dd>
                <dt>"Données récupérées le"</dt>
                <dd>{retrieved}</dd>
                <dt>{format!("Valeur {}", territory.of_short_name)}</dt>
                <dd>{ind.aggregation.explanation_fr()}
                    {(!partial.is_empty()).then(|| format!(" Certaines communes manquent en {} : la valeur du territoire porte sur les communes qui ont répondu.", partial.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")))}
                </dd>
                {ind.target().map(|t| view! {
                    <dt>{format!("Objectif {}", t.year)}</dt>
                    <dd>{format::with_unit(t.value, ind.decimals, &ind.unit)}{t.label.clone().map(|l| format!(" ({l})")).unwrap_or_default()}</dd>
                })}
                {(!ind.breaks.is_empty()).then(|| view! {
                    <dt>"Ruptures de série"</dt>
                    <dd>{ind.breaks.iter().map(|b| format!("{} : {}", b.year, b.label)).collect::<Vec<_>>().join(" ; ")}</dd>
                })}
                {ind.illustrative.then(|| view! {
                    <dt>"Attention"</dt>
                    <dd>"Les valeurs de cet indicateur sont illustratives : elles montrent le fonctionnement du tableau de bord en attendant les données de la source citée."</dd>
                })}
            </dl>
        </aside>
    }
}
