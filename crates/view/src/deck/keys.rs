//! The keys of the presentation mode, as presentation clickers and keyboards send them
//! (`KeyboardEvent.key` values), turned into commands.

/// What a key asks of the presentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    First,
    Last,
    /// A digit typed, to jump to a slide with Enter.
    Digit(u8),
    /// Enter: jumps to the typed number, else next.
    Enter,
    /// Removes the last typed digit, else previous.
    Backspace,
    Fullscreen,
    Black,
    White,
    /// Opens the commune picker (the deck follows the commune chosen).
    Commune,
    /// Leaves to the normal page of the current slide.
    Leave,
    /// Opens the help (keys and other decks).
    Help,
}

/// The command of key `key`, if any. Keys with Ctrl, Alt or Meta are left to the browser.
pub fn command(key: &str, modified: bool) -> Option<Command> {
    if modified {
        return None;
    }
    let command = match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Spacebar" | "n" | "N" => Command::Next,
        "ArrowLeft" | "ArrowUp" | "PageUp" | "p" | "P" => Command::Previous,
        "Enter" => Command::Enter,
        "Backspace" => Command::Backspace,
        "Home" => Command::First,
        "End" => Command::Last,
        "f" | "F" => Command::Fullscreen,
        "b" | "B" | "." => Command::Black,
        "w" | "W" => Command::White,
        "c" | "C" => Command::Commune,
        "Escape" | "Esc" => Command::Leave,
        "h" | "H" | "?" => Command::Help,
        _ => {
            let mut chars = key.chars();
            let digit = chars.next().and_then(|c| c.to_digit(10));
            return digit.filter(|_| chars.next().is_none()).map(|d| Command::Digit(d as u8));
        }
    };
    Some(command)
}

/// The keys and what they do, as the help overlay lists them, in the page's language.
pub fn help() -> &'static [(&'static str, &'static str)] {
    &crate::i18n::t().presentation().help_keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clicker_and_keyboard_keys() {
        for key in ["ArrowRight", "ArrowDown", "PageDown", " "] {
            assert_eq!(command(key, false), Some(Command::Next), "{key}");
        }
        for key in ["ArrowLeft", "ArrowUp", "PageUp"] {
            assert_eq!(command(key, false), Some(Command::Previous), "{key}");
        }
        assert_eq!(command("Enter", false), Some(Command::Enter));
        assert_eq!(command("Backspace", false), Some(Command::Backspace));
        assert_eq!(command("Home", false), Some(Command::First));
        assert_eq!(command("End", false), Some(Command::Last));
        assert_eq!(command("f", false), Some(Command::Fullscreen));
        assert_eq!(command("B", false), Some(Command::Black));
        assert_eq!(command(".", false), Some(Command::Black));
        assert_eq!(command("w", false), Some(Command::White));
        assert_eq!(command("c", false), Some(Command::Commune));
        assert_eq!(command("Escape", false), Some(Command::Leave));
        assert_eq!(command("?", false), Some(Command::Help));
        assert_eq!(command("h", false), Some(Command::Help));
        assert_eq!(command("7", false), Some(Command::Digit(7)));
        assert_eq!(command("0", false), Some(Command::Digit(0)));
        assert_eq!(command("12", false), None);
        assert_eq!(command("x", false), None);
        assert_eq!(command("Tab", false), None);
        assert_eq!(command("f", true), None, "Ctrl+F stays the browser's search");
    }

    #[test]
    fn the_help_lists_the_keys_in_the_page_language() {
        use crate::i18n::{with_lang, Lang};
        assert_eq!(help()[0], ("→ ↓ Page suivante, Espace, Entrée", "diapositive suivante"));
        assert_eq!(help()[8].0, "Échap");
        with_lang(Lang::En, || {
            assert_eq!(help()[0], ("→ ↓ Page Down, Space, Enter", "next slide"));
            assert_eq!(help()[8].0, "Esc");
        });
    }
}
