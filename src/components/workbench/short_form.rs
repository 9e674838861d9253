//! The short form of a new indicator's metadata, for a CSV that updates no published file.

use en_action_view::i18n::{self, data};
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
        Loaded::Ready(t) => t.axes.iter().map(|a| (a.id.clone(), data::axis_label(a).plain())).collect(),
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
    let labels = i18n::t().workbench();
    view! {
        <fieldset class="short-form">
            <legend>{labels.form_legend}</legend>
            <Field id=id("id") label=labels.form_id value=v_id set=s_id/>
            <label for=id("axe")>{labels.form_axis}</label>
            <select id=id("axe") on:change=move |ev| form.update(|f| f.axis = event_target_value(&ev)) prop:value=move || form.with(|f| f.axis.clone())>
                {axes.into_iter().map(|(value, label)| view! { <option value=value>{label}</option> }).collect_view()}
            </select>
            <Field id=id("titre") label=labels.form_title value=v_title set=s_title/>
            <Field id=id("unite") label=labels.form_unit value=v_unit set=s_unit/>
            <label for=id("decimales")>{labels.form_decimals}</label>
            <input id=id("decimales") type="number" min="0" max="6" prop:value=move || form.with(|f| f.decimals.to_string())
                on:input=move |ev| form.update(|f| f.decimals = event_target_value(&ev).parse().unwrap_or(0).min(6))/>
            <Field id=id("definition") label=labels.form_definition value=v_def set=s_def/>
            <label for=id("regle")>{labels.form_rule}</label>
            <select id=id("regle") on:change=move |ev| form.update(|f| f.aggregation = event_target_value(&ev)) prop:value=move || form.with(|f| f.aggregation.clone())>
                <option value="sum">{labels.rule_sum}</option>
                <option value="ratio">{labels.rule_ratio}</option>
                <option value="weighted_mean">{labels.rule_weighted_mean}</option>
                <option value="not_aggregable">{labels.rule_not_aggregable}</option>
            </select>
            <label for=id("sens")>{labels.form_direction}</label>
            <select id=id("sens") on:change=move |ev| form.update(|f| f.higher_is_better = event_target_value(&ev) == "hausse")
                prop:value=move || if form.with(|f| f.higher_is_better) { "hausse" } else { "baisse" }>
                <option value="hausse">{labels.higher_is_better}</option>
                <option value="baisse">{labels.lower_is_better}</option>
            </select>
            <Field id=id("source") label=labels.form_source value=v_source set=s_source/>
            <Field id=id("licence") label=labels.form_licence value=v_licence set=s_licence/>
            <Field id=id("date") label=labels.form_retrieved value=v_date set=s_date kind="date"/>
        </fieldset>
    }
}
