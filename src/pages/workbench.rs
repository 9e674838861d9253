//! « Atelier des données »: staff check their files before publishing, see the dashboard with
//! them (the preview), and convert spreadsheet exports. Nothing leaves the browser.

use en_action_core::diagnostic::count;
use en_action_view::url::ViewState;
use leptos::prelude::*;

use crate::components::workbench::file_picker::FilePicker;
use crate::components::workbench::file_report::FileReportCard;
use crate::route::Route;
use crate::store::Store;
use crate::workbench::Workbench;

#[component]
pub fn WorkbenchPage() -> impl IntoView {
    let workbench = expect_context::<Workbench>();
    let store = expect_context::<Store>();
    let route = expect_context::<Route>();
    let entries = workbench.entries;
    let status = move || {
        entries.with(|entries| {
            let pending = entries.iter().filter(|e| e.checked.is_none()).count();
            let errors: usize = entries.iter().filter_map(|e| e.checked.as_ref()).map(|c| c.report.errors).sum();
            match (entries.len(), pending) {
                (0, _) => String::new(),
                (_, 0) => format!("{} : {}", count(entries.len(), "fichier vérifié", "fichiers vérifiés"), count(errors, "erreur", "erreurs")),
                (_, n) => format!("Vérification en cours : {}…", count(n, "fichier restant", "fichiers restants")),
            }
        })
    };
    let has_json = move || entries.with(|e| e.iter().any(|e| e.checked.is_some() && e.kind != en_action_core::file_kind::FileKind::Csv));
    let show_preview = move |_| {
        if let Some(preview) = workbench.preview() {
            store.set_preview(Some(preview));
            route.go(ViewState::overview());
        }
    };
    view! {
        <div class="workbench">
            <h1>"Atelier des données"</h1>
            <p class="workbench__intro">"Vérifiez vos fichiers avant de les publier, voyez le tableau de bord avec eux, et convertissez vos exports de tableur. Rien n'est envoyé : tout se passe dans ce navigateur."</p>
            <FilePicker/>
            <p class="workbench__status" role="status" aria-live="polite">{status}</p>
            <div class="workbench__files">
                <For each=move || entries.get() key=|e| (e.id, e.checked.is_some(), e.import.is_some()) let:entry>
                    <FileReportCard entry=entry/>
                </For>
            </div>
            <section class="workbench__preview" aria-labelledby="apercu-titre">
                <h2 id="apercu-titre">"Aperçu"</h2>
                <p>"Le tableau de bord complet (vue d'ensemble, indicateurs, communes) avec ces fichiers à la place des fichiers publiés, dans cet onglet seulement. Un fichier avec des erreurs y apparaît comme le verraient les habitants."</p>
                <button type="button" class="button--primary" on:click=show_preview disabled=move || !has_json()>"Voir le tableau de bord avec ces fichiers"</button>
                {move || (!entries.with(Vec::is_empty)).then(|| view! {
                    <button type="button" class="button--quiet" on:click=move |_| workbench.clear()>"Tout retirer"</button>
                })}
            </section>
        </div>
    }
}
