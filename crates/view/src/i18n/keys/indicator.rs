//! The overview, the indicator page, its views (trend, ranking, map, table) and their charts;
//! the sentences written from the data (findings, progress, verdicts, classes, ranks).

use serde::Serialize;

use crate::i18n::Plural;

#[derive(Debug, Serialize)]
pub struct Indicator {
    // The overview and its cards.
    pub show_all_axes: &'static str,
    pub loading_indicators: &'static str,
    /// The heading of failed indicators whose axis cannot be told.
    pub other_indicators: &'static str,
    /// The badge of illustrative data: « Données illustratives ».
    pub illustrative: &'static str,
    /// After a card's latest value: « en {year} ».
    pub in_year: &'static str,
    /// The title of an unusable indicator file whose title cannot be told.
    pub unavailable_title: &'static str,
    pub unavailable_text: &'static str,
    /// The disclosure of the technical details: « Détails pour l'équipe ».
    pub team_details: &'static str,
    /// Before a file's name: « Fichier : ».
    pub file: &'static str,
    /// Problems beyond those listed: « … et {n} autre(s) problème(s) ».
    pub more_problems: Plural,
    /// « Chargement des indicateurs : {done} sur {total}… »
    pub loading_progress: &'static str,
    /// The title of the error card of an indicator file that failed.
    pub file_failed: &'static str,

    // The indicator page.
    pub not_found: &'static str,
    /// « Aucun indicateur « {id} » dans ce tableau de bord. »
    pub not_found_text: &'static str,
    pub back_to_overview: &'static str,
    pub loading_indicator: &'static str,
    pub unavailable: &'static str,
    /// The title of the error card of the page's file.
    pub file_unreadable: &'static str,
    /// The breadcrumb's first step: « Vue d'ensemble ».
    pub overview: &'static str,
    /// « Axe « {axis} » ».
    pub axis_of: &'static str,
    /// « Unité : {unit} ».
    pub unit_of: &'static str,
    /// The accessible name of the views' tabs: « Vues de l'indicateur ».
    pub views: &'static str,
    pub view_trend: &'static str,
    pub view_ranking: &'static str,
    pub view_map: &'static str,
    pub view_table: &'static str,

    // The controls.
    pub highlight_commune: &'static str,
    pub add_commune: &'static str,
    /// The legend of the years' range: « Années ».
    pub years: &'static str,
    pub first_year: &'static str,
    pub last_year: &'static str,
    /// « Année »: the year of a ranking or a map, the heading of the table's years.
    pub year: &'static str,
    pub per_thousand: &'static str,
    pub index_100: &'static str,

    // The commune picker.
    /// The accessible name of the chosen communes' chips.
    pub chosen_communes: &'static str,
    /// A chip's remove button: « Retirer {name} ».
    pub remove_commune: &'static str,
    pub picker_placeholder: &'static str,
    /// The accessible name of the suggestions: « Communes ({id}) ».
    pub picker_list: &'static str,
    pub picker_no_match: &'static str,

    // About the indicator.
    pub about: &'static str,
    pub definition: &'static str,
    pub unit: &'static str,
    pub source: &'static str,
    pub licence: &'static str,
    pub retrieved: &'static str,
    /// « Valeur {territory} »: `territory` is the territory file's « de la CALL » in French,
    /// its short name in English.
    pub territory_value: &'static str,
    /// After the explanation: « Certaines communes manquent en {years} : … ».
    pub partial_years: &'static str,
    pub breaks: &'static str,
    /// A series break: « {year} : {label} ».
    pub year_label: &'static str,
    /// Between items of a list in a sentence: « ; ».
    pub list_separator: &'static str,
    /// The term before the illustrative data's note: « Attention ».
    pub caution: &'static str,
    pub illustrative_note: &'static str,

    // The verdict.
    /// Between a place and its verdict: « : ».
    pub verdict_separator: &'static str,
    /// For a commune, on a count: « l'objectif porte sur le total du territoire, … ».
    pub target_total_only: &'static str,

    // The views.
    /// After the trend's finding: « Attention : rupture de série en {year} ({label}), … ».
    pub break_caveat: &'static str,
    /// The unit of an index: « indice ».
    pub index_unit: &'static str,
    /// The caption of the trend's table: « {title} ({unit}), {from} à {to} ».
    pub values_caption: &'static str,
    pub values_table: &'static str,
    /// The first column of the tables: « Commune ».
    pub commune: &'static str,
    /// « {title} : évolution de {from} à {to} ({unit}). Cliquez sur un en-tête pour trier. »
    pub changes_caption: &'static str,
    pub changes_table: &'static str,
    pub column_start: &'static str,
    pub column_end: &'static str,
    pub column_change: &'static str,
    pub column_change_percent: &'static str,
    pub column_annual_rate: &'static str,
    /// The accessible name of the download buttons: « Télécharger ».
    pub download: &'static str,
    pub download_table: &'static str,
    pub download_shown: &'static str,
    pub download_full: &'static str,
    pub download_png: &'static str,
    pub download_svg: &'static str,
    /// Under an exported chart: « Tableau de bord « En action », {territory} : {url} ».
    pub made_by: &'static str,
    pub no_map: &'static str,
    /// « {url} : la bibliothèque de graphiques n'a pas pu être chargée ».
    pub charts_unavailable: &'static str,
    /// « {url} : fichier illisible (pas en UTF-8) ».
    pub not_utf8: &'static str,
    /// « {url} : {error} ».
    pub file_error: &'static str,
    /// « {error} ; la carte en tuiles est affichée à la place. »
    pub tiles_instead: &'static str,
    pub loading_boundaries: &'static str,
    pub tiles_too_small: &'static str,
    pub map_legend: &'static str,
    pub no_ranking: &'static str,
    pub collapse_ranking: &'static str,
    /// « Voir les {n} communes ».
    pub expand_ranking: Plural,
    /// « {title} en {year} : classement des communes{part} ».
    pub ranking_caption: &'static str,
    /// The page in the caption: « (communes {pages}) ».
    pub ranking_caption_page: &'static str,
    pub rank: &'static str,
    pub value: &'static str,
    pub ranking_table: &'static str,
    /// The pager's steps that do not exist: « Début du classement », « Fin du classement ».
    pub ranking_start: &'static str,
    pub ranking_end: &'static str,
    pub ranking_pages: &'static str,
    /// The label of the pages' list: « Communes ».
    pub communes: &'static str,

    // The findings (`finding`): « {head} » is the title, with the place when there is one.
    /// « {head} : aucune donnée. »
    pub trend_no_data: &'static str,
    /// « {head} : {value} en {year} (une seule année disponible). »
    pub trend_single: &'static str,
    /// « {head} : {value} en {year}, stable depuis {from_year} ({from_value}). »
    pub trend_stable: &'static str,
    /// « {head} : {value} en {year}, {direction} de {amount} depuis {from_year}
    /// ({from_value}), {assessment}. »
    pub trend_change: &'static str,
    /// Directions of a change: « en hausse », « en baisse », « stable ».
    pub rising: &'static str,
    pub falling: &'static str,
    pub stable: &'static str,
    /// Judgements of a change: « favorable », « défavorable ».
    pub favourable: &'static str,
    pub unfavourable: &'static str,
    /// The judgement in the trend's sentence: « une évolution favorable ».
    pub favourable_change: &'static str,
    pub unfavourable_change: &'static str,
    /// A change of a percentage: « {n} point », « {n} points » (French singular below 2,
    /// English for 1 only).
    pub points: Plural,
    /// « pt »: points in the change table.
    pub points_short: &'static str,
    /// A card's change: « {amount} depuis {year} ».
    pub since: &'static str,
    /// « {direction} : {change} » (the direction capitalised).
    pub card_change: &'static str,
    /// « {title} : aucune valeur communale en {year}{tail} ».
    pub ranking_no_value: &'static str,
    /// The territory after a ranking's finding: « ; {name} : {value} ».
    pub ranking_tail: &'static str,
    /// « En {year}, une seule commune a une valeur, {name} ({value}) ».
    pub ranking_single: &'static str,
    /// « En {year}, les {n} communes ont la même valeur ({value}) ».
    pub ranking_equal: &'static str,
    /// Highest and lowest, for one or several names at the top and at the bottom.
    pub ranking_one_one: &'static str,
    pub ranking_one_many: &'static str,
    pub ranking_many_one: &'static str,
    pub ranking_many_many: &'static str,
    /// A list of names: « {names} et {last} ».
    pub names_and: &'static str,
    /// A group of more than three names: « {n} communes ».
    pub n_communes: Plural,
    /// A target: « Objectif {year} : {value} ».
    pub goal: &'static str,
    /// A target without its value: « Objectif {year} ».
    pub goal_year: &'static str,
    pub target_achieved: &'static str,
    pub not_enough_data: &'static str,
    /// « Au rythme actuel, l'objectif serait atteint en {year}. »
    pub outlook_in: &'static str,
    pub outlook_soon: &'static str,
    pub outlook_never: &'static str,
    /// « {status} : {outlook} » (the outlook starting in lower case).
    pub status_outlook: &'static str,
    pub status_achieved: &'static str,
    pub status_substantial: &'static str,
    pub status_moderate: &'static str,
    pub status_limited: &'static str,
    pub status_deterioration: &'static str,
    pub status_not_enough_data: &'static str,

    // Ranks, references, measures, classes, cells.
    pub rank_one_largest: &'static str,
    pub rank_one_highest: &'static str,
    pub rank_one_lowest: &'static str,
    /// A page of a long ranking: « {from} à {to} ».
    pub page_name: &'static str,
    /// « Communes {pages} sur {count}, dans l'ordre du classement. »
    pub page_status: &'static str,
    /// « Les {n} suivantes », « Les {n} précédentes ».
    pub next_page: &'static str,
    pub previous_page: &'static str,
    /// The reference of counts: « médiane des communes ».
    pub median_commune: &'static str,
    /// « indice base 100 en {year} ».
    pub index_qualifier: &'static str,
    pub per_thousand_qualifier: &'static str,
    /// The unit of values per 1,000 inhabitants: « / 1 000 hab. ».
    pub per_thousand_unit: &'static str,
    /// Classes of a map: « moins de {value} », « de {low} à {high} », « {value} et plus ».
    pub class_below: &'static str,
    pub class_between: &'static str,
    pub class_above: &'static str,
    /// Areas without a value: « pas de donnée ».
    pub no_value: &'static str,
    /// Why a change cannot be computed.
    pub zero_or_negative: &'static str,
    pub overflow: &'static str,
    pub zero_start: &'static str,

    // The charts.
    pub target_path: &'static str,
    /// « Rupture de série : {label} ».
    pub series_break: &'static str,
    /// A folded part of a ranking: « {n} autres communes ».
    pub other_communes: Plural,
    /// A bar's tooltip: « {name} : {value} en {year} (rang {rank} sur {count}) ».
    pub bar_tooltip: &'static str,
    /// A place and its value: « {name} : {value} ».
    pub name_value: &'static str,
}
