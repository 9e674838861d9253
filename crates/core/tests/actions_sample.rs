//! The shipped actions file: the project's shape (5 axes, 23 ambitions, 51 objectives, 124
//! actions), every indicator aimed at, every commune of the territory, the facts of the real
//! actions, and illustrative ones labelled so.

use std::collections::HashSet;
use std::path::PathBuf;

use en_action_core::actions::{Actions, Scope, Status};
use en_action_core::check::{check_actions, check_territory, id_of_file};
use en_action_core::code::CommuneCode;
use en_action_core::date::Date;
use en_action_core::territory::Territory;

fn data(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../indicators").join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn territory() -> Territory {
    check_territory("territory.json", data("territory.json").as_bytes()).expect("sample territory").value
}

fn sample(t: &Territory) -> Actions {
    let ids: Vec<&str> = t.indicators.iter().map(|p| id_of_file(p.as_str())).collect();
    let file = t.actions.as_ref().expect("territory.json lists the actions file");
    assert_eq!(file.as_str(), "actions.json");
    let accepted = check_actions(file.as_str(), data(file.as_str()).as_bytes(), t, Some(&ids)).expect("valid sample");
    assert!(accepted.warnings.is_empty(), "{:#?}", accepted.warnings);
    accepted.value
}

#[test]
fn the_sample_has_the_shape_of_the_project() {
    let t = territory();
    let actions = sample(&t);
    let axes: Vec<&str> = actions.axes.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(axes, ["bouger", "travailler", "rassembler", "habiter", "respirer"]);
    assert_eq!((actions.ambitions().count(), actions.objectives().count(), actions.actions().count()), (23, 51, 124));
    let per_axis: Vec<usize> = actions.axes.iter().map(|a| a.actions().count()).collect();
    assert_eq!(per_axis, [26, 27, 24, 25, 22]);
    let ids: HashSet<&str> = actions.ambitions().map(|a| a.id.as_str()).chain(actions.objectives().map(|o| o.id.as_str())).chain(actions.actions().map(|a| a.id.as_str())).collect();
    assert_eq!(ids.len(), 23 + 51 + 124, "ids are unique");
    assert!(actions.ambitions().all(|a| a.title_en.is_some()), "every ambition has its English title");
}

#[test]
fn every_indicator_is_aimed_at_and_every_commune_is_of_the_territory() {
    let t = territory();
    let actions = sample(&t);
    for file in &t.indicators {
        let id = id_of_file(file.as_str());
        assert!(!actions.aiming_at(id).is_empty(), "no action aims at {id}");
    }
    assert_eq!(t.communes.len(), 36);
    let mut named = HashSet::new();
    for action in actions.actions() {
        if let Scope::Communes(codes) = &action.communes {
            assert!(!codes.is_empty());
            for code in codes {
                assert!(t.commune(code).is_some(), "{}: {code}", action.id);
                named.insert(code.clone());
            }
        }
    }
    assert!(named.len() >= 30, "the sample names most communes: {}", named.len());
    let whole = actions.actions().filter(|a| a.communes == Scope::WholeTerritory).count();
    assert_eq!(whole, 73);
    let lens = CommuneCode::parse("62498").expect("Lens");
    assert_eq!(actions.concerning(&lens).len(), 89, "whole-territory actions included");
    let no2: Vec<&str> = actions.aiming_at("no2").iter().map(|p| p.action.id.as_str()).collect();
    assert_eq!(no2, ["bouger-4-1-1", "bouger-4-2-1", "bouger-5-3-1", "bouger-5-3-2", "respirer-4-1-1", "respirer-4-1-2", "respirer-4-2-1", "respirer-4-3-1", "respirer-4-3-2"]);
}

#[test]
fn counts_of_the_sample() {
    let actions = sample(&territory());
    let counts = actions.counts();
    assert_eq!(counts.iter().map(|(_, n)| n).collect::<Vec<_>>(), [14, 25, 53, 22, 6, 4]);
    assert_eq!(counts.phrase(Status::Realisee), "22 actions réalisées sur 124");
    let by_axis: Vec<(String, Vec<usize>)> = actions.counts_by_axis().iter().map(|(id, c)| (id.to_string(), c.iter().map(|(_, n)| n).collect())).collect();
    assert_eq!(
        by_axis,
        [
            ("bouger".into(), vec![6, 5, 9, 4, 1, 1]),
            ("travailler".into(), vec![3, 5, 12, 4, 2, 1]),
            ("rassembler".into(), vec![1, 4, 10, 7, 1, 1]),
            ("habiter".into(), vec![2, 6, 13, 3, 1, 0]),
            ("respirer".into(), vec![2, 5, 9, 4, 1, 1]),
        ]
    );
    assert_eq!(actions.counts_by_axis()[0].1.phrase(Status::Reportee), "1 action reportée sur 26");
}

#[test]
fn real_actions_keep_the_facts_and_the_rest_is_illustrative() {
    let actions = sample(&territory());
    let real: Vec<&str> = actions.actions().filter(|a| !a.illustrative).map(|a| a.id.as_str()).collect();
    assert_eq!(real, ["bouger-1-1-1", "rassembler-1-1-1", "rassembler-1-1-2", "rassembler-1-2-2"]);
    let bulles = actions.find("bouger-1-1-1").expect("Bulles").action;
    assert!(bulles.title.contains("Bulles"));
    assert_eq!((bulles.status, bulles.start, bulles.lead.as_str()), (Status::Realisee, Date { year: 2019, month: Some(4), day: None }, "Artois Mobilités"));
    for (id, code) in [("habiter-3-1-1", "62498"), ("habiter-3-2-1", "62510")] {
        let acv = actions.find(id).expect(id).action;
        assert!(acv.title.contains("Action cœur de ville"), "{id}");
        assert_eq!(acv.start, Date { year: 2018, month: Some(9), day: Some(28) });
        assert_eq!(acv.communes, Scope::Communes(vec![CommuneCode::parse(code).expect("code")]));
        assert!(acv.illustrative, "status after 2022 unknown");
    }
    assert!(actions.actions().filter(|a| a.status == Status::Realisee).all(|a| a.end.is_some()));
    for name in ["ERBM", "Chaîne des parcs", "Louvre-Lens", "Hôpital métropolitain", "Parc d'innovation", "ACC"] {
        assert!(actions.actions().any(|a| a.title.contains(name)), "{name}");
    }
}
