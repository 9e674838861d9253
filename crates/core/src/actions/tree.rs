//! The validated actions tree: axes → ambitions → objectives → actions, with typed ids,
//! parsed dates and checked communes and indicators.

use super::id::{ActionId, AmbitionId, AxisId, IndicatorId, ObjectiveId};
use super::status::Status;
use crate::code::CommuneCode;
use crate::date::Date;

/// A validated actions file.
#[derive(Debug, Clone, PartialEq)]
pub struct Actions {
    pub title: String,
    pub title_en: Option<String>,
    /// In the file's order.
    pub axes: Vec<ActionAxis>,
}

/// An axis of the territory and its ambitions.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionAxis {
    pub id: AxisId,
    pub ambitions: Vec<Ambition>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Ambition {
    pub id: AmbitionId,
    pub title: String,
    pub title_en: Option<String>,
    pub objectives: Vec<Objective>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Objective {
    pub id: ObjectiveId,
    pub title: String,
    pub title_en: Option<String>,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    pub id: ActionId,
    pub title: String,
    pub title_en: Option<String>,
    pub description: Option<String>,
    pub description_en: Option<String>,
    pub status: Status,
    pub start: Date,
    pub end: Option<Date>,
    /// The lead body (« porteur »).
    pub lead: String,
    pub communes: Scope,
    /// Known indicators (when the checker was given their ids).
    pub indicators: Vec<IndicatorId>,
    /// Euros, in [0, 10¹⁰].
    pub budget: Option<f64>,
    /// A checked `https:`, `http:` or `mailto:` link.
    pub link: Option<String>,
    /// Made up for the sample, to be labelled so.
    pub illustrative: bool,
}

/// The communes an action concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every commune of the territory.
    WholeTerritory,
    /// These communes of the territory (at least one, no duplicates, in the file's order).
    Communes(Vec<CommuneCode>),
}

impl Scope {
    /// Whether the commune `code` is concerned (always, for the whole territory).
    pub fn includes(&self, code: &CommuneCode) -> bool {
        match self {
            Scope::WholeTerritory => true,
            Scope::Communes(codes) => codes.contains(code),
        }
    }
}

impl Action {
    /// Whether the action aims at moving the indicator `id`.
    pub fn aims_at(&self, id: &str) -> bool {
        self.indicators.iter().any(|i| i.as_str() == id)
    }

    /// Whether the action concerns the commune `code` (whole-territory actions included).
    pub fn concerns(&self, code: &CommuneCode) -> bool {
        self.communes.includes(code)
    }
}

/// An action with the branches above it, e.g. to show « Bouger › ambition › objectif ».
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ActionPlace<'a> {
    pub axis: &'a ActionAxis,
    pub ambition: &'a Ambition,
    pub objective: &'a Objective,
    pub action: &'a Action,
}

impl ActionAxis {
    /// The axis's actions, in the file's order.
    pub fn actions(&self) -> impl Iterator<Item = &Action> + '_ {
        self.ambitions.iter().flat_map(|a| &a.objectives).flat_map(|o| &o.actions)
    }
}

impl Actions {
    /// Every action with its place, in the file's order.
    pub fn places(&self) -> impl Iterator<Item = ActionPlace<'_>> + '_ {
        self.axes.iter().flat_map(|axis| {
            axis.ambitions.iter().flat_map(move |ambition| {
                ambition.objectives.iter().flat_map(move |objective| objective.actions.iter().map(move |action| ActionPlace { axis, ambition, objective, action }))
            })
        })
    }

    /// Every action, in the file's order.
    pub fn actions(&self) -> impl Iterator<Item = &Action> + '_ {
        self.axes.iter().flat_map(ActionAxis::actions)
    }

    pub fn axis(&self, id: &str) -> Option<&ActionAxis> {
        self.axes.iter().find(|a| a.id.as_str() == id)
    }

    pub fn ambitions(&self) -> impl Iterator<Item = &Ambition> + '_ {
        self.axes.iter().flat_map(|a| &a.ambitions)
    }

    pub fn objectives(&self) -> impl Iterator<Item = &Objective> + '_ {
        self.ambitions().flat_map(|a| &a.objectives)
    }

    /// The action `id` with its place.
    pub fn find(&self, id: &str) -> Option<ActionPlace<'_>> {
        self.places().find(|p| p.action.id.as_str() == id)
    }

    pub fn find_ambition(&self, id: &str) -> Option<&Ambition> {
        self.ambitions().find(|a| a.id.as_str() == id)
    }

    pub fn find_objective(&self, id: &str) -> Option<&Objective> {
        self.objectives().find(|o| o.id.as_str() == id)
    }

    /// The actions aiming at the indicator `id`, in the file's order.
    pub fn aiming_at(&self, id: &str) -> Vec<ActionPlace<'_>> {
        self.places().filter(|p| p.action.aims_at(id)).collect()
    }

    /// The actions concerning the commune `code`, whole-territory actions included.
    pub fn concerning(&self, code: &CommuneCode) -> Vec<ActionPlace<'_>> {
        self.places().filter(|p| p.action.concerns(code)).collect()
    }
}
