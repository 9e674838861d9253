//! An indicator file: metadata, then values in a columnar layout: one `years` array shared by
//! every row, then one row per commune (`"62498": [v2015, v2016, …]`). One line per commune
//! keeps the file easy to read and to edit in a text editor or to paste from a spreadsheet;
//! the parser reads each row straight into a vector without per-value objects.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::cell::{Cell, CommuneRows};
use crate::code::CommuneCode;
use crate::direction::Direction;
use crate::series::{Series, Year};
use crate::source::Source;

/// How commune values combine into the territory value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Aggregation {
    /// Comptages : la valeur du territoire est la somme des communes.
    Sum,
    /// Taux : somme des numérateurs / somme des dénominateurs (× « scale »).
    Ratio,
    /// Expositions : moyenne des communes pondérée par leur population.
    WeightedMean,
    /// Non agrégeable (médianes…) : la valeur du territoire est donnée dans « territory ».
    NotAggregable,
}

impl Aggregation {
    pub fn name(self) -> &'static str {
        match self {
            Aggregation::Sum => "sum",
            Aggregation::Ratio => "ratio",
            Aggregation::WeightedMean => "weighted_mean",
            Aggregation::NotAggregable => "not_aggregable",
        }
    }

    /// The rule in plain French words, for the page beside the chart.
    pub fn explanation_fr(self) -> &'static str {
        match self {
            Aggregation::Sum => "La valeur du territoire est la somme des valeurs des communes.",
            Aggregation::Ratio => "La valeur du territoire est le rapport des totaux des communes (somme des numérateurs divisée par la somme des dénominateurs), et non la moyenne des taux communaux.",
            Aggregation::WeightedMean => "La valeur du territoire est la moyenne des communes pondérée par leur population.",
            Aggregation::NotAggregable => "Cette valeur ne s'additionne pas entre communes : la valeur du territoire est celle publiée par la source.",
        }
    }
}

/// Un objectif chiffré.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub year: Year,
    pub value: f64,
    /// Origine de l'objectif, ex. « Projet de territoire en action ».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Le libellé en anglais (facultatif).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
}

/// Une rupture de série : les valeurs à partir de « year » ne se comparent pas à celles d'avant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SeriesBreak {
    pub year: Year,
    pub label: String,
    /// Le libellé en anglais (facultatif).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
}

/// No value of any file may exceed this magnitude (a thousand trillion): beyond it, a value
/// is a typing or unit mistake, and printing it would break the page. Files can narrow it
/// with their own `range`.
pub const MAX_MAGNITUDE: f64 = 1e15;

/// The largest `scale` of a ratio (per million).
pub const MAX_SCALE: f64 = 1e6;

/// Intervalle des valeurs possibles. Sans « range », les valeurs doivent être positives ou nulles.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub min: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

impl Default for Range {
    fn default() -> Self {
        Range { min: 0.0, max: None }
    }
}

// `R` is how the rows are held: `CommuneRows` to edit and write files, `Columns` for the
// checker (not a doc comment: doc comments become the schema's descriptions).
/// Numérateur ou dénominateur d'un taux.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Component")]
pub struct Component<R = CommuneRows> {
    /// Ce qui est compté, ex. « Chômeurs de 15 à 64 ans ».
    pub label: String,
    pub values: R,
}

// `R`: see `Component`.
/// Un fichier d'indicateur.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Indicateur « en action »", rename = "IndicatorFile")]
pub struct IndicatorFile<R = CommuneRows> {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Version du format de fichier (actuellement 1).
    pub format: u32,
    /// Identifiant, identique au nom du fichier sans « .json », ex. « chomage ».
    pub id: String,
    /// Identifiant de l'axe (voir le fichier du territoire).
    pub axis: String,
    pub title: String,
    /// Titre en anglais (facultatif : sans lui, la version anglaise affiche le titre français,
    /// marqué « in French »).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// Unité affichée, ex. « % », « logements », « ha ».
    pub unit: String,
    /// Unité en anglais, ex. « dwellings » (facultative).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_en: Option<String>,
    /// Nombre de décimales affichées.
    #[serde(default)]
    pub decimals: u8,
    /// Définition en une ou deux phrases.
    pub definition: String,
    /// Définition en anglais (facultative).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition_en: Option<String>,
    pub source: Source,
    /// true si les valeurs sont illustratives (pas encore les données réelles).
    #[serde(default)]
    pub illustrative: bool,
    pub aggregation: Aggregation,
    /// Multiplicateur d'un taux (100 pour un pourcentage). Règle « ratio » seulement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<f64>,
    /// Sens souhaité : « up » (plus haut = mieux) ou « down ».
    pub direction: Direction,
    /// true si « pour 1 000 habitants » a un sens (comptages).
    #[serde(default)]
    pub per_capita: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<Range>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Target>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breaks: Vec<SeriesBreak>,
    /// Les années des colonnes, croissantes.
    pub years: Vec<Year>,
    /// Valeurs par commune (règles sum, weighted_mean, not_aggregable).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<R>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numerator: Option<Component<R>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denominator: Option<Component<R>>,
    /// Valeurs du territoire, une par année (règle not_aggregable).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub territory: Option<Vec<Cell>>,
}

/// Yearly series for each commune, sorted by code, all on the same years.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommuneTable(pub Vec<(CommuneCode, Series)>);

impl CommuneTable {
    pub fn get(&self, code: &CommuneCode) -> Option<&Series> {
        self.0
            .binary_search_by(|(c, _)| c.cmp(code))
            .ok()
            .map(|i| &self.0[i].1)
    }

    pub fn series(&self) -> Vec<&Series> {
        self.0.iter().map(|(_, s)| s).collect()
    }
}

/// The data of a validated indicator; which variant follows from the aggregation rule, so
/// a rate always has both its numerator and denominator.
#[derive(Debug, Clone, PartialEq)]
pub enum IndicatorData {
    Sum(CommuneTable),
    Ratio { numerator: CommuneTable, numerator_label: String, denominator: CommuneTable, denominator_label: String, scale: f64 },
    WeightedMean(CommuneTable),
    /// The territory value is given; commune values, if any, are shown but not aggregated.
    Given { territory: Series, communes: Option<CommuneTable> },
}

/// An indicator's optional English texts (`title_en`, `unit_en`, `definition_en`): the English
/// interface shows the French text, marked, where one is missing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct English {
    pub title: Option<String>,
    pub unit: Option<String>,
    pub definition: Option<String>,
}

/// A validated indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub id: String,
    pub axis: String,
    pub title: String,
    pub unit: String,
    pub decimals: u8,
    pub definition: String,
    /// The optional English texts of the file.
    pub english: English,
    pub source: Source,
    pub illustrative: bool,
    pub aggregation: Aggregation,
    pub direction: Direction,
    pub per_capita: bool,
    pub targets: Vec<Target>,
    pub breaks: Vec<SeriesBreak>,
    pub years: Vec<Year>,
    pub data: IndicatorData,
}

impl Indicator {
    /// The commune's own series (a rate for ratio indicators), if the commune has data.
    pub fn commune_series(&self, code: &CommuneCode) -> Option<Series> {
        match &self.data {
            IndicatorData::Sum(t) | IndicatorData::WeightedMean(t) => t.get(code).cloned(),
            IndicatorData::Given { communes, .. } => communes.as_ref()?.get(code).cloned(),
            IndicatorData::Ratio { numerator, denominator, scale, .. } => {
                let (num, den) = (numerator.get(code)?, denominator.get(code)?);
                Some(num.map(|y, n| den.get(y).filter(|d| *d != 0.0).map(|d| scale * n / d)))
            }
        }
    }

    /// Every commune with data (the communes [`Self::commune_series`] answers for), in code
    /// order, with its value in `year`: one column read straight from the tables, without
    /// building a series per commune (a national ranking reads 35,000 of them).
    pub fn commune_values_in(&self, year: Year) -> Vec<(&CommuneCode, Option<f64>)> {
        match &self.data {
            IndicatorData::Sum(t) | IndicatorData::WeightedMean(t) | IndicatorData::Given { communes: Some(t), .. } => {
                t.0.iter().map(|(code, s)| (code, s.get(year))).collect()
            }
            IndicatorData::Given { communes: None, .. } => Vec::new(),
            IndicatorData::Ratio { numerator, denominator, scale, .. } => {
                // Both tables are sorted by code: one walk pairs their rows.
                let mut den = denominator.0.iter().peekable();
                let mut values = Vec::with_capacity(numerator.0.len());
                for (code, num) in &numerator.0 {
                    while den.next_if(|(c, _)| c < code).is_some() {}
                    if let Some((_, d)) = den.next_if(|(c, _)| c == code) {
                        let value = num.get(year).and_then(|n| d.get(year).filter(|d| *d != 0.0).map(|d| scale * n / d));
                        values.push((code, value));
                    }
                }
                values
            }
        }
    }

    /// Whether the indicator has values per commune (and not only for the territory).
    pub fn has_communes(&self) -> bool {
        !matches!(self.data, IndicatorData::Given { communes: None, .. })
    }

    /// The codes of the communes with data.
    pub fn commune_codes(&self) -> Vec<&CommuneCode> {
        let table = match &self.data {
            IndicatorData::Sum(t) | IndicatorData::WeightedMean(t) => Some(t),
            IndicatorData::Ratio { numerator, .. } => Some(numerator),
            IndicatorData::Given { communes, .. } => communes.as_ref(),
        };
        table.map(|t| t.0.iter().map(|(c, _)| c).collect()).unwrap_or_default()
    }

    /// The main target: the latest one.
    pub fn target(&self) -> Option<&Target> {
        self.targets.iter().max_by_key(|t| t.year)
    }
}
