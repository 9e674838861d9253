//! The state of a running presentation, shared by its window's components: the link's
//! parameters, the navigator (slide, typed digits, black or white screen), and the dialogs.
//! Every change is written to the address bar (replaced, so Back leaves the presentation)
//! and told to the other windows of the presentation.

use en_action_view::deck::keys::Command;
use en_action_view::deck::navigator::{Effect, Navigator, Screen};
use en_action_view::deck::query::PresentationQuery;
use leptos::prelude::*;

use super::sync::{Step, Sync};

#[derive(Clone, Copy)]
pub struct Presentation {
    pub query: RwSignal<PresentationQuery>,
    pub nav: RwSignal<Navigator>,
    /// The commune picker (C) is open.
    pub picking: RwSignal<bool>,
    /// The help and deck list is open.
    pub help: RwSignal<bool>,
    /// « Préparer la présentation hors ligne » is open.
    pub preparing: RwSignal<bool>,
    sync: StoredValue<Option<Sync>, LocalStorage>,
}

impl Presentation {
    pub fn new(query: PresentationQuery) -> Presentation {
        let presentation = Presentation {
            nav: RwSignal::new(Navigator::default()),
            query: RwSignal::new(query),
            picking: RwSignal::new(false),
            help: RwSignal::new(false),
            preparing: RwSignal::new(false),
            sync: StoredValue::new_local(None),
        };
        presentation.sync.set_value(Sync::open(move |step| presentation.receive(step)));
        on_cleanup(move || presentation.sync.set_value(None));
        presentation
    }

    /// The deck is known: `count` slides, starting at the link's slide.
    pub fn set_count(self, count: usize) {
        let index = self.query.with_untracked(|q| q.slide);
        self.nav.set(Navigator::new(index, count));
    }

    /// Applies a key's command; returns what the page must do beyond.
    pub fn command(self, command: Command) -> Effect {
        let effect = self.nav.try_update(|n| n.apply(command)).unwrap_or(Effect::None);
        self.changed();
        effect
    }

    /// The kiosk's step: next, looping.
    pub fn advance(self) {
        self.nav.update(Navigator::advance);
        self.changed();
    }

    /// The whole deck follows commune `code` (or none).
    pub fn follow(self, code: Option<String>) {
        self.query.update(|q| q.commune = code);
        self.changed();
    }

    /// Changes a parameter that is this window's own (the theme): written to the link, not
    /// told to the other windows.
    pub fn set_query(self, f: impl FnOnce(&mut PresentationQuery)) {
        self.query.update(f);
        self.write_url();
    }

    /// Whether a dialog has the keys.
    pub fn in_dialog(self) -> bool {
        self.picking.get_untracked() || self.help.get_untracked() || self.preparing.get_untracked()
    }

    /// Closes every dialog.
    pub fn close_dialogs(self) {
        self.picking.set(false);
        self.help.set(false);
        self.preparing.set(false);
    }

    fn changed(self) {
        self.write_url();
        let step = self.step();
        self.sync.with_value(|s| {
            if let Some(s) = s {
                s.post(&step);
            }
        });
    }

    fn step(self) -> Step {
        let (slide, screen) = self.nav.with_untracked(|n| (n.index, n.screen));
        let screen = match screen {
            Screen::Slide => "diapo",
            Screen::Black => "noir",
            Screen::White => "blanc",
        };
        Step { slide, screen: screen.to_owned(), commune: self.query.with_untracked(|q| q.commune.clone()) }
    }

    /// Another window moved: follow it, without telling it back.
    fn receive(self, step: Step) {
        self.nav.update(|n| {
            n.go(step.slide);
            n.typed.clear();
            n.screen = match step.screen.as_str() {
                "noir" => Screen::Black,
                "blanc" => Screen::White,
                _ => Screen::Slide,
            };
        });
        if self.query.with_untracked(|q| q.commune != step.commune) {
            self.query.update(|q| q.commune = step.commune);
        }
        self.write_url();
    }

    /// The address bar shows the current slide (replaced: Back leaves the presentation).
    fn write_url(self) {
        let index = self.nav.with_untracked(|n| n.index);
        self.query.update_untracked(|q| q.slide = index);
        let link = self.query.with_untracked(PresentationQuery::to_query);
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&link));
        }
    }
}
