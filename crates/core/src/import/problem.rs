//! What can be wrong in a spreadsheet export, in French, with how to fix it.

use crate::series::Year;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ImportProblem {
    #[error("le fichier CSV est vide")]
    Empty,
    #[error("en-tête non reconnu : « {0} » ; attendu : commune;2019;2020;… (une colonne par année), commune;année;valeur, ou commune;année;numérateur;dénominateur")]
    UnknownLayout(String),
    #[error("« {0} » n'est pas une commune du territoire (ni un code INSEE, ni un nom connu)")]
    UnknownCommune(String),
    #[error("commune manquante : la case est vide ; attendu : le nom ou le code INSEE d'une commune")]
    MissingCommune,
    #[error("commune « {name} » ambiguë : {candidates} ? Écrivez son code INSEE")]
    AmbiguousCommune { name: String, candidates: String },
    #[error("valeur « {0} » illisible ; attendu : un nombre comme 12,5 ou 12.5, ou une case vide si la donnée manque")]
    NotANumber(String),
    #[error("année « {0} » illisible ; attendu : une année comme 2023")]
    NotAYear(String),
    #[error("{commune} a deux valeurs pour {year}")]
    Duplicate { commune: String, year: Year },
    #[error("la règle « ratio » demande le numérateur et le dénominateur : colonnes numérateur;dénominateur, ou un second fichier pour le dénominateur")]
    RatioNeedsBoth,
    #[error("la règle « not_aggregable » demande la valeur du territoire : ajoutez une ligne « {0} »")]
    TerritoryRowMissing(String),
}
