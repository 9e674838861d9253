//! The short form of a new indicator's metadata, for a CSV that updates no published file.

use en_action_view::workbench::form::ShortForm;
use leptos::prelude::*;

use crate::store::{Loaded, Store};

/// A labelled text field bound to one field of the form.
#[component]
fn Field(id: String, label: &'static str, value: Signal<String>, set: Callback<String>, #[prop(optional)] kind: Option<&'static str>) -> impl IntoView {
    view! {
        <label for=id.clone()>{label}</label>
        <input id=id type=kind.unwrap_or("text") prop:value=value on:input=move |ev| set.run(event_target_value(&ev))/>
    }
}

#[component]
pub fn ShortFormFields(form: RwSignal<ShortForm>, prefix: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let axes: Vec<(String, String)> = match store.territory.get_untracked() {
        Loaded::Ready(t) => t.axes.iter().map(|a| (a.id.clone(), a.label.clone())).collect(),
        _ => Vec::new(),
    };
    if form.with_untracked(|f| f.axis.is_empty()) {
        if let Some((first, _)) = axes.first() {
            let first = first.clone();
            form.update(|f| f.axis = first);
        }
    }
    let text = |get: fn(&ShortForm) -> &String, set: fn(&mut ShortForm, String)| {
        (Signal::derive(move || form.with(|f| get(f).clone())), Callback::new(move |v: String| form.update(|f| set(f, v))))
    };
    let id = |name: &str| format!("{prefix}-{name}");
    let (v_id, s_id) = text(|f| &f.id, |f, v| f.id = v);
    let (v_title, s_title) = text(|f| &f.title, |f, v| f.title = v);
    let (v_unit, s_unit) = text(|f| &f.unit, |f, v| f.unit = v);
    let (v_def, s_def) = text(|f| &f.definition, |f, v| f.definition = v);
    let (v_source, s_source) = text(|f| &f.source, |f, v| f.source = v);
    let (v_licence, s_licence) = text(|f| &f.licence, |f, v| f.licence = v);
    let (v_date, s_date) = text(|f| &f.retrieved, |f, v| f.retrieved = v);
    view! {
        <fieldset class="short-form">
            <legend>"Nouvel indicateur"</legend>
            <Field id=id("id") label="Identifiant (nom du fichier sans .json, ex. pistes_cyclables)" value=v_id set=s_id/>
            <label for=id("axe")>"Axe"</label>
            <select id=id("axe") on:change=move |ev| form.update(|f| f.axis = event_target_value(&ev)) prop:value=move || form.with(|f| f.axis.clone())>
                {axes.into_iter().map(|(value, label)| view! { <option value=value>{label}</option> }).collect_view()}
            </select>
            <Field id=id("titre") label="Titre" value=v_title set=s_title/>
            <Field id=id("unite") label="Unité (%, logements, km…)" value=v_unit set=s_unit/>
            <label for=id("decimales")>"Décimales affichées"</label>
            <input id=id("decimales") type="number" min="0" max="6" prop:value=move || form.with(|f| f.decimals.to_string())
                on:input=move |ev| form.update(|f| f.decimals = event_target_value(&ev).parse().unwrap_or(0).min(6))/>
            <Field id=id("definition") label="Définition (une ou deux phrases)" value=v_def set=s_def/>
            <label for=id("regle")>"Règle pour le territoire"</label>
            <select id=id("regle") on:change=move |ev| form.update(|f| f.aggregation = event_target_value(&ev)) prop:value=move || form.with(|f| f.aggregation.clone())>
                <option value="sum">"Somme des communes (comptages)"</option>
                <option value="ratio">"Taux en % (CSV avec numérateur et dénominateur)"</option>
                <option value="weighted_mean">"Moyenne pondérée par la population"</option>
                <option value="not_aggregable">"Non agrégeable (ligne du territoire dans le CSV)"</option>
            </select>
            <label for=id("sens")>"Sens souhaité"</label>
            <select id=id("sens") on:change=move |ev| form.update(|f| f.higher_is_better = event_target_value(&ev) == "hausse")
                prop:value=move || if form.with(|f| f.higher_is_better) { "hausse" } else { "baisse" }>
                <option value="hausse">"Plus haut, c'est mieux"</option>
                <option value="baisse">"Plus bas, c'est mieux"</option>
            </select>
            <Field id=id("source") label="Source (producteur et jeu de données)" value=v_source set=s_source/>
            <Field id=id("licence") label="Licence" value=v_licence set=s_licence/>
            <Field id=id("date") label="Données récupérées le" value=v_date set=s_date kind="date"/>
        </fieldset>
    }
}
