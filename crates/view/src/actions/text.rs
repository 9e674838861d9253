//! Every French word of the actions views, in one place: the English catalogue will be this
//! module's twin. Status labels and the « 38 actions réalisées sur 124 » phrase come from the
//! core ([`Status::label_fr`], [`status_phrase`]).

use en_action_core::actions::{status_phrase, Status};
use en_action_core::diagnostic::count;

/// The main navigation's entry, and the summary page's breadcrumb.
pub const NAV: &str = "Actions";
pub const SUMMARY_TITLE: &str = "Les actions du projet";
pub const LOADING: &str = "Chargement des actions…";
pub const ERROR_TITLE: &str = "Le fichier des actions n'a pas pu être lu";
pub const NO_FILE: &str = "Ce tableau de bord ne publie pas encore les actions du projet.";
pub const ILLUSTRATIVE: &str = "Données illustratives";
pub const BACK_TO_LIST: &str = "Toutes les actions";

// The summary.
pub const BY_AXIS_TITLE: &str = "Par axe";
pub const CHART_TABLE_CAPTION: &str = "Nombre d'actions par axe et par état d'avancement";
pub const AXIS_COLUMN: &str = "Axe";
pub const TOTAL_COLUMN: &str = "Total";
pub const ALL_AXES_ROW: &str = "Ensemble du projet";

/// « 124 actions en 5 axes, 23 ambitions et 51 objectifs, 2020-2030. »
pub fn summary_lead(actions: usize, axes: usize, ambitions: usize, objectives: usize) -> String {
    format!(
        "Le projet de territoire « en action » compte {} réparties en {}, {} et {}, de 2020 à 2030.",
        count(actions, "action", "actions"),
        count(axes, "axe", "axes"),
        count(ambitions, "ambition", "ambitions"),
        count(objectives, "objectif opérationnel", "objectifs opérationnels")
    )
}

/// The chart's text alternative: « Actions par axe et par état : Bouger, 26 actions dont
/// 5 réalisées ; … ».
pub fn chart_label(rows: &[(String, usize, usize)]) -> String {
    let parts: Vec<String> = rows
        .iter()
        .map(|(axis, total, done)| format!("{axis} : {}, dont {} {}", count(*total, "action", "actions"), done, if *done >= 2 { Status::Realisee.plural_fr() } else { Status::Realisee.label_fr() }))
        .collect();
    format!("Actions par axe et par état d'avancement. {}. Les nombres sont dans le tableau qui suit.", parts.join(" ; "))
}

/// The status as a column header or a legend entry: « À l'étude », « Réalisées ».
pub fn status_heading(status: Status) -> String {
    capitalise(status.plural_fr())
}

/// « Réalisée », « En cours ».
pub fn status_capitalised(status: Status) -> String {
    capitalise(status.label_fr())
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// « Voir les 26 actions de l'axe ».
pub fn see_axis_actions(n: usize) -> String {
    format!("Voir {} de l'axe", if n >= 2 { format!("les {n} actions") } else { format!("{} action", n) })
}

// The list.
pub const LIST_TITLE: &str = "Chercher une action";
pub const SEARCH_LABEL: &str = "Rechercher (intitulé ou porteur)";
pub const SEARCH_BUTTON: &str = "Rechercher";
pub const STATUS_LABEL: &str = "État d'avancement";
pub const AXIS_LABEL: &str = "Axe";
pub const COMMUNE_LABEL: &str = "Commune";
pub const ANY_STATUS: &str = "Tous les états";
pub const ANY_AXIS: &str = "Tous les axes";
pub const ANY_COMMUNE: &str = "Toutes les communes";
pub const CLEAR_FILTERS: &str = "Effacer les filtres";
pub const LIST_TITLE_COLUMN: &str = "Action";
pub const LIST_STATUS_COLUMN: &str = "État";
pub const LIST_LEAD_COLUMN: &str = "Porteur";

/// The live region's sentence: « 12 actions sur 124 », « Aucune action ne correspond… ».
pub fn results(shown: usize, total: usize) -> String {
    if shown == 0 {
        return "Aucune action ne correspond à ces filtres.".to_owned();
    }
    if shown == total {
        return format!("{} : toutes les actions du projet.", count(total, "action", "actions"));
    }
    let verb = if shown >= 2 { "correspondent" } else { "correspond" };
    format!("{} sur {} {verb} à ces filtres.", count(shown, "action", "actions"), total)
}

// The action page.
pub const STATUS_TERM: &str = "État d'avancement";
pub const START_TERM: &str = "Début";
pub const END_TERM: &str = "Fin";
pub const PLANNED_END_TERM: &str = "Fin prévue";
pub const LEAD_TERM: &str = "Porteur";
pub const COMMUNES_TERM: &str = "Communes concernées";
pub const BUDGET_TERM: &str = "Budget";
pub const LINK_TERM: &str = "En savoir plus";
pub const WHOLE_TERRITORY: &str = "Tout le territoire";
pub const PLACE_AXIS: &str = "Axe";
pub const PLACE_AMBITION: &str = "Ambition";
pub const PLACE_OBJECTIVE: &str = "Objectif opérationnel";
pub const INDICATORS_TITLE: &str = "Les indicateurs que vise cette action";
pub const NO_INDICATOR: &str = "Aucun indicateur du tableau de bord n'est associé à cette action.";
pub const INDICATOR_UNAVAILABLE: &str = "Indicateur indisponible pour le moment.";
pub const NOT_FOUND_TITLE: &str = "Action introuvable";

/// « Aucune action « x » dans le projet. »
pub fn not_found(id: &str) -> String {
    format!("Aucune action « {id} » dans le projet. ")
}

/// « 12 500 000 € ».
pub fn euros(amount: f64) -> String {
    crate::format::with_unit(amount, 0, "€")
}

// The sections of the indicator and commune pages.
pub const INDICATOR_SECTION_TITLE: &str = "Les actions qui visent cet indicateur";
pub const COMMUNE_SECTION_TITLE: &str = "Les actions dans cette commune";

/// « 3 actions du projet visent cet indicateur, dont 1 réalisée. »
pub fn indicator_section_lead(n: usize, done: usize) -> String {
    match n {
        0 => "Aucune action du projet ne vise cet indicateur pour l'instant.".to_owned(),
        1 => format!("1 action du projet vise cet indicateur ; elle est {}.", if done == 1 { Status::Realisee.label_fr() } else { "en préparation ou en cours" }),
        _ => format!("{n} actions du projet visent cet indicateur : {}.", status_phrase(done, Status::Realisee, n)),
    }
}

/// « 9 actions menées dans Liévin, et 73 actions pour tout le territoire. »
pub fn commune_section_lead(commune: &str, local: usize, whole: usize) -> String {
    let local = match local {
        0 => format!("Aucune action n'est menée dans {commune} seulement"),
        _ => format!("{} dans {commune}", count(local, "action menée", "actions menées")),
    };
    format!("{local}, et {} pour tout le territoire.", count(whole, "action", "actions"))
}

/// « Voir toutes les actions qui concernent Liévin ».
pub fn commune_list_link(commune: &str) -> String {
    format!("Voir toutes les actions qui concernent {commune}")
}

// Slides.
/// The summary slide's title (« Les actions du projet »), or an axis's (« Axe « Bouger » : les actions »).
pub fn slide_title(axis: Option<&str>) -> String {
    match axis {
        Some(label) => format!("Axe « {label} » : les actions"),
        None => SUMMARY_TITLE.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences() {
        assert_eq!(summary_lead(124, 5, 23, 51), "Le projet de territoire « en action » compte 124 actions réparties en 5 axes, 23 ambitions et 51 objectifs opérationnels, de 2020 à 2030.");
        assert_eq!(results(0, 124), "Aucune action ne correspond à ces filtres.");
        assert_eq!(results(124, 124), "124 actions : toutes les actions du projet.");
        assert_eq!(results(1, 124), "1 action sur 124 correspond à ces filtres.");
        assert_eq!(results(12, 124), "12 actions sur 124 correspondent à ces filtres.");
        assert_eq!(euros(12_500_000.0), "12\u{a0}500\u{a0}000\u{a0}€");
        assert_eq!(status_heading(Status::ALEtude), "À l'étude");
        assert_eq!(status_heading(Status::Realisee), "Réalisées");
        assert_eq!(status_capitalised(Status::EnCours), "En cours");
        assert_eq!(see_axis_actions(26), "Voir les 26 actions de l'axe");
        assert_eq!(see_axis_actions(1), "Voir 1 action de l'axe");
        assert_eq!(indicator_section_lead(0, 0), "Aucune action du projet ne vise cet indicateur pour l'instant.");
        assert_eq!(indicator_section_lead(3, 1), "3 actions du projet visent cet indicateur : 1 action réalisée sur 3.");
        assert_eq!(commune_section_lead("Liévin", 9, 73), "9 actions menées dans Liévin, et 73 actions pour tout le territoire.");
        assert_eq!(commune_section_lead("Ablain-Saint-Nazaire", 0, 73), "Aucune action n'est menée dans Ablain-Saint-Nazaire seulement, et 73 actions pour tout le territoire.");
        assert_eq!(slide_title(Some("Bouger")), "Axe « Bouger » : les actions");
    }
}
