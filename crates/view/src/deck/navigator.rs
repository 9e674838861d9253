//! Where the presentation is and what each command does to it: the slide shown, the digits
//! typed to jump, and the black or white screen.

use super::keys::Command;

/// What the screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    #[default]
    Slide,
    /// Black (B or `.`): the room looks at the speaker.
    Black,
    /// White (W).
    White,
}

/// What the page must do after a command, beyond showing the navigator's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    None,
    Fullscreen,
    PickCommune,
    Leave,
    Help,
}

/// The state of a presentation of `count` slides.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Navigator {
    /// The slide shown, from 0.
    pub index: usize,
    pub count: usize,
    /// Digits typed so far (at most three), to jump with Enter.
    pub typed: String,
    pub screen: Screen,
}

impl Navigator {
    /// At slide `index` (kept within the deck) of `count`.
    pub fn new(index: usize, count: usize) -> Navigator {
        Navigator { index: index.min(count.saturating_sub(1)), count, ..Navigator::default() }
    }

    /// The counter: « 3 / 12 ».
    pub fn counter(&self) -> String {
        if self.count == 0 {
            return "0 / 0".to_owned();
        }
        format!("{} / {}", self.index + 1, self.count)
    }

    /// What screen readers hear on each slide: « Diapositive 3 sur 12 : {label} ».
    pub fn announcement(&self, label: &str) -> String {
        let (n, total) = if self.count == 0 { (0, 0) } else { (self.index + 1, self.count) };
        crate::i18n::fill(crate::i18n::t().presentation().slide_announcement, &[("n", &n.to_string()), ("total", &total.to_string()), ("label", label)])
    }

    /// Applies `command`. A black or white screen comes back to the same slide on any
    /// moving key (a clicker's next shows the slide again rather than skipping it).
    pub fn apply(&mut self, command: Command) -> Effect {
        if !matches!(command, Command::Digit(_) | Command::Enter | Command::Backspace) {
            self.typed.clear();
        }
        let moving = matches!(command, Command::Next | Command::Previous | Command::First | Command::Last | Command::Enter | Command::Backspace);
        if moving && self.screen != Screen::Slide {
            self.screen = Screen::Slide;
            self.typed.clear();
            return Effect::None;
        }
        match command {
            Command::Next => self.go(self.index + 1),
            Command::Previous => self.go(self.index.saturating_sub(1)),
            Command::First => self.go(0),
            Command::Last => self.go(self.count.saturating_sub(1)),
            Command::Digit(d) => {
                if self.typed.len() < 3 {
                    self.typed.push(char::from(b'0' + d.min(9)));
                }
            }
            Command::Enter => match self.typed.parse::<usize>() {
                Ok(number) => {
                    self.typed.clear();
                    self.go(number.max(1) - 1);
                }
                Err(_) => self.go(self.index + 1),
            },
            Command::Backspace => {
                if self.typed.pop().is_none() {
                    self.go(self.index.saturating_sub(1));
                }
            }
            Command::Black => self.screen = toggle(self.screen, Screen::Black),
            Command::White => self.screen = toggle(self.screen, Screen::White),
            Command::Fullscreen => return Effect::Fullscreen,
            Command::Commune => return Effect::PickCommune,
            Command::Leave => return Effect::Leave,
            Command::Help => return Effect::Help,
        }
        Effect::None
    }

    /// Goes to slide `index`, kept within the deck.
    pub fn go(&mut self, index: usize) {
        self.index = index.min(self.count.saturating_sub(1));
    }

    /// The kiosk's step: next, and back to the first after the last.
    pub fn advance(&mut self) {
        self.index = if self.index + 1 >= self.count { 0 } else { self.index + 1 };
    }
}

fn toggle(screen: Screen, blank: Screen) -> Screen {
    if screen == blank {
        Screen::Slide
    } else {
        blank
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Command::*;

    fn at(index: usize) -> Navigator {
        Navigator::new(index, 12)
    }

    #[test]
    fn moves_within_the_deck() {
        let mut n = at(0);
        assert_eq!(n.counter(), "1 / 12");
        n.apply(Previous);
        assert_eq!(n.index, 0, "no slide before the first");
        n.apply(Next);
        n.apply(Next);
        assert_eq!(n.counter(), "3 / 12");
        n.apply(Last);
        assert_eq!(n.index, 11);
        n.apply(Next);
        assert_eq!(n.index, 11, "no slide after the last");
        n.apply(First);
        assert_eq!(n.index, 0);
        assert_eq!(Navigator::new(40, 12).index, 11);
        assert_eq!(Navigator::new(3, 0).counter(), "0 / 0");
    }

    #[test]
    fn each_slide_is_announced() {
        assert_eq!(at(3).announcement("Chômage"), "Diapositive 4 sur 12 : Chômage");
        assert_eq!(Navigator::new(0, 0).announcement("x"), "Diapositive 0 sur 0 : x");
        crate::i18n::with_lang(crate::i18n::Lang::En, || assert_eq!(at(3).announcement("Unemployment"), "Slide 4 of 12: Unemployment"));
    }

    #[test]
    fn a_number_then_enter_jumps() {
        let mut n = at(0);
        n.apply(Digit(1));
        n.apply(Digit(0));
        assert_eq!(n.typed, "10");
        assert_eq!(n.index, 0, "digits alone do not move");
        n.apply(Enter);
        assert_eq!((n.index, n.typed.as_str()), (9, ""));
        // Enter alone is next; a number beyond the deck goes to the last slide; 0 to the first.
        n.apply(Enter);
        assert_eq!(n.index, 10);
        for d in [9, 9, 9, 9] {
            n.apply(Digit(d));
        }
        assert_eq!(n.typed, "999", "three digits at most");
        n.apply(Enter);
        assert_eq!(n.index, 11);
        n.apply(Digit(0));
        n.apply(Enter);
        assert_eq!(n.index, 0);
        // Backspace takes back a digit, else goes back.
        let mut n = at(5);
        n.apply(Digit(2));
        n.apply(Backspace);
        assert_eq!((n.index, n.typed.as_str()), (5, ""));
        n.apply(Backspace);
        assert_eq!(n.index, 4);
        // Another key forgets the digits.
        n.apply(Digit(2));
        n.apply(Next);
        assert_eq!((n.index, n.typed.as_str()), (5, ""));
    }

    #[test]
    fn black_and_white_screens() {
        let mut n = at(4);
        n.apply(Black);
        assert_eq!(n.screen, Screen::Black);
        n.apply(Black);
        assert_eq!(n.screen, Screen::Slide, "B again shows the slide");
        n.apply(White);
        n.apply(Black);
        assert_eq!(n.screen, Screen::Black, "from white to black");
        assert_eq!(n.apply(Next), Effect::None);
        assert_eq!((n.screen, n.index), (Screen::Slide, 4), "next shows the same slide again");
        n.apply(White);
        n.apply(Previous);
        assert_eq!((n.screen, n.index), (Screen::Slide, 4));
    }

    #[test]
    fn effects_and_the_kiosk_loop() {
        let mut n = at(11);
        assert_eq!(n.apply(Fullscreen), Effect::Fullscreen);
        assert_eq!(n.apply(Commune), Effect::PickCommune);
        assert_eq!(n.apply(Leave), Effect::Leave);
        assert_eq!(n.apply(Help), Effect::Help);
        n.advance();
        assert_eq!(n.index, 0, "the kiosk loops");
        n.advance();
        assert_eq!(n.index, 1);
        let mut empty = Navigator::new(0, 0);
        empty.advance();
        empty.apply(Next);
        assert_eq!(empty.index, 0);
    }
}
