//! Choosing communes by name, with search that ignores accents and case, fully usable with
//! the keyboard (ARIA combobox pattern: arrows move, Enter picks, Escape closes).

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_core::fold::fold;
use en_action_view::i18n::{self, fill};
use leptos::prelude::*;

/// Most suggestions listed at once.
const SHOWN: usize = 40;

#[component]
pub fn CommunePicker(
    territory: Arc<Territory>,
    /// Codes of the communes already chosen (shown as removable chips when `on_remove` is given).
    #[prop(into)]
    selected: Signal<Vec<String>>,
    on_pick: Callback<String>,
    #[prop(optional)] on_remove: Option<Callback<String>>,
    /// The visible label (it may change with the view, the picker staying).
    #[prop(into)] label: Signal<String>,
    /// Prefix of the element ids (unique on the page).
    id: &'static str,
    /// Colours of the chips, by position, to match the chart's lines.
    #[prop(optional)]
    colours: Option<fn(usize) -> &'static str>,
) -> impl IntoView {
    let text = i18n::t().indicator();
    let mut names: Vec<(String, String, String)> =
        territory.communes.iter().map(|c| (c.code.to_string(), c.name.clone(), fold(&c.name))).collect();
    names.sort_by(|a, b| a.2.cmp(&b.2));
    let names = Arc::new(names);
    let input = NodeRef::<leptos::html::Input>::new();
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(0_usize);
    let matches = {
        let names = names.clone();
        Memo::new(move |_| {
            let q = fold(&query.get());
            let chosen = selected.get();
            let starts: Vec<_> = names.iter().filter(|n| n.2.starts_with(&q)).collect();
            let within = names.iter().filter(|n| !n.2.starts_with(&q) && n.2.contains(&q));
            starts
                .into_iter()
                .chain(within)
                .filter(|n| !chosen.contains(&n.0))
                .take(SHOWN)
                .map(|(code, name, _)| (code.clone(), name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let list_id = format!("{id}-liste");
    let option_id = move |i: usize| format!("{id}-option-{i}");
    let pick = move |code: String| {
        on_pick.run(code);
        query.set(String::new());
        open.set(false);
        active.set(0);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let count = matches.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" => {
                ev.prevent_default();
                if open.get_untracked() {
                    active.update(|a| *a = (*a + 1).min(count.saturating_sub(1)));
                } else {
                    open.set(true);
                    active.set(0);
                }
            }
            "ArrowUp" => {
                ev.prevent_default();
                active.update(|a| *a = a.saturating_sub(1));
            }
            "Enter" if open.get_untracked() => {
                ev.prevent_default();
                if let Some((code, _)) = matches.with_untracked(|m| m.get(active.get_untracked()).cloned()) {
                    pick(code);
                }
            }
            "Escape" => {
                open.set(false);
                query.set(String::new());
            }
            "Tab" => open.set(false),
            _ => {}
        }
    };
    let territory_for_chips = territory.clone();
    let chips = move || {
        let on_remove = on_remove?;
        let chosen = selected.get();
        (!chosen.is_empty()).then(|| {
            view! {
                <ul class="chips" aria-label=text.chosen_communes>
                    {chosen.into_iter().enumerate().map(|(i, code)| {
                        let name = territory_for_chips.commune_by_code(&code).map(|c| c.name.clone()).unwrap_or_else(|| code.clone());
                        let style = ("--chip-colour", colours.map(|f| f(i).to_string()).unwrap_or_default());
                        let remove_label = fill(text.remove_commune, &[("name", &name)]);
                        view! {
                            <li class="chip" style=style>
                                {name}
                                <button type="button" aria-label=remove_label on:click=move |_| {
                                    on_remove.run(code.clone());
                                    // The button is gone: keep the focus in the picker.
                                    if let Some(input) = input.get() {
                                        let _ = input.focus();
                                    }
                                }>"×"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        })
    };
    let list_id_attr = list_id.clone();
    view! {
        <div class="control picker">
            <label for=id>{move || label.get()}</label>
            <input
                node_ref=input
                id=id
                type="text"
                role="combobox"
                autocomplete="off"
                placeholder=text.picker_placeholder
                aria-autocomplete="list"
                aria-controls=list_id_attr
                aria-expanded=move || open.get().to_string()
                aria-activedescendant=move || (open.get() && matches.with(|m| !m.is_empty())).then(|| option_id(active.get()))
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    open.set(true);
                    active.set(0);
                }
                on:keydown=on_keydown
                on:focus=move |_| open.set(!query.get_untracked().is_empty())
                on:blur=move |_| open.set(false)
            />
            <ul class="picker__list" id=list_id role="listbox" aria-label=fill(text.picker_list, &[("id", id)]) hidden=move || !open.get()>
                {move || {
                    // Closed, the list is empty: the page is built without its forty options.
                    if !open.get() {
                        return ().into_any();
                    }
                    let items = matches.get();
                    if items.is_empty() {
                        return view! { <li class="picker__empty" role="option" aria-disabled="true" aria-selected="false">{text.picker_no_match}</li> }.into_any();
                    }
                    items.into_iter().enumerate().map(|(i, (code, name))| {
                        view! {
                            <li id=option_id(i) role="option" aria-selected=move || (active.get() == i).to_string()
                                on:mousedown=move |ev| { ev.prevent_default(); pick(code.clone()); }>
                                {name}
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            {chips}
        </div>
    }
}
