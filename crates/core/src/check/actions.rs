//! Validation of the actions file against its territory: axes of the territory, unique ids,
//! titles, then each action (see `action.rs`). Every problem is collected and located.

use std::collections::HashMap;

use super::action::{check_action, check_optional, check_title};
use super::report::{Checked, Report};
use crate::actions::{is_valid_id, ActionAxis, Actions, ActionsFile, Ambition, AmbitionId, AxisId, Objective, ObjectiveId, ACTIONS_FORMAT, MAX_ACTIONS};
use crate::diagnostic::{JsonPath, Problem};
use crate::parse::parse_json;
use crate::territory::Territory;

use super::text::SHORT_TEXT;

/// Parses and validates the actions file `file`. `indicators` lists the ids of the territory's
/// indicators: when given, an action aiming at another id is an error.
pub fn check_actions(file: &str, bytes: &[u8], territory: &Territory, indicators: Option<&[&str]>) -> Checked<Actions> {
    let (raw, text) = parse_json::<ActionsFile>(file, bytes)?;
    let mut report = Report::new(file, text);
    let root = JsonPath::root();
    if raw.format != ACTIONS_FORMAT {
        report.error(root.key("format"), Problem::UnsupportedFormat { found: raw.format, expected: ACTIONS_FORMAT });
    }
    check_title(&mut report, &root, "title", "titre", &raw.title);
    check_optional(&mut report, &root, "title_en", raw.title_en.as_deref(), SHORT_TEXT);
    let total: usize = raw.axes.iter().flat_map(|a| &a.ambitions).flat_map(|a| &a.objectives).map(|o| o.actions.len()).sum();
    if total > MAX_ACTIONS {
        report.error(root.key("axes"), Problem::Structure(format!("{total} actions ; attendu : au plus {MAX_ACTIONS}")));
    }
    if raw.axes.is_empty() {
        report.error(root.key("axes"), Problem::EmptyList { what: "liste des axes" });
    }
    let known_axes = territory.axes.iter().map(|a| a.id.as_str()).collect::<Vec<_>>().join(", ");
    let mut ids = Ids::default();
    let mut axes = Vec::with_capacity(raw.axes.len());
    for (i, axis) in raw.axes.iter().enumerate() {
        let path = root.key("axes").index(i);
        if territory.axis(&axis.id).is_none() {
            report.error(path.key("id"), Problem::UnknownAxis { found: axis.id.clone(), known: known_axes.clone() });
        } else if raw.axes[..i].iter().any(|a| a.id == axis.id) {
            report.error(path.key("id"), Problem::Structure(format!("axe « {} » en double", axis.id)));
        }
        if axis.ambitions.is_empty() {
            report.warning(path.key("ambitions"), Problem::EmptyList { what: "liste des ambitions" });
        }
        let mut ambitions = Vec::with_capacity(axis.ambitions.len());
        for (j, ambition) in axis.ambitions.iter().enumerate() {
            let path = path.key("ambitions").index(j);
            ids.check(&mut report, &path, &ambition.id);
            check_title(&mut report, &path, "title", "titre", &ambition.title);
            check_optional(&mut report, &path, "title_en", ambition.title_en.as_deref(), SHORT_TEXT);
            if ambition.objectives.is_empty() {
                report.warning(path.key("objectives"), Problem::EmptyList { what: "liste des objectifs" });
            }
            let mut objectives = Vec::with_capacity(ambition.objectives.len());
            for (k, objective) in ambition.objectives.iter().enumerate() {
                let path = path.key("objectives").index(k);
                ids.check(&mut report, &path, &objective.id);
                check_title(&mut report, &path, "title", "titre", &objective.title);
                check_optional(&mut report, &path, "title_en", objective.title_en.as_deref(), SHORT_TEXT);
                if objective.actions.is_empty() {
                    report.warning(path.key("actions"), Problem::EmptyList { what: "liste des actions" });
                }
                let mut actions = Vec::with_capacity(objective.actions.len());
                for (l, action) in objective.actions.iter().enumerate() {
                    let path = path.key("actions").index(l);
                    ids.check(&mut report, &path, &action.id);
                    actions.extend(check_action(&mut report, &path, action, territory, indicators));
                }
                objectives.push(Objective { id: ObjectiveId::new(objective.id.clone()), title: objective.title.clone(), title_en: objective.title_en.clone(), actions });
            }
            ambitions.push(Ambition { id: AmbitionId::new(ambition.id.clone()), title: ambition.title.clone(), title_en: ambition.title_en.clone(), objectives });
        }
        axes.push(ActionAxis { id: AxisId::new(axis.id.clone()), ambitions });
    }
    for axis in &territory.axes {
        if !raw.axes.iter().any(|a| a.id == axis.id) {
            report.warning(root.key("axes"), Problem::MissingAxis { axis: axis.id.clone() });
        }
    }
    report.finish(|| Actions { title: raw.title, title_en: raw.title_en, axes })
}

/// The ids met so far (ambitions, objectives and actions share one namespace), with where.
#[derive(Default)]
struct Ids(HashMap<String, JsonPath>);

impl Ids {
    /// Reports an invalid or already used id; `path` is the node holding it.
    fn check(&mut self, report: &mut Report, path: &JsonPath, id: &str) {
        if !is_valid_id(id) {
            report.error(path.key("id"), Problem::InvalidId { found: id.to_owned() });
        } else if let Some(first) = self.0.get(id) {
            report.error(path.key("id"), Problem::DuplicateId { id: id.to_owned(), first: first.to_string() });
        } else {
            self.0.insert(id.to_owned(), path.clone());
        }
    }
}
