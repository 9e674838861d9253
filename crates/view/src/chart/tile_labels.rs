//! The names written on the tiles of the tile map: as long as the tile allows, and never
//! twice the same (« Noyelles » for both Noyelles-Godault and Noyelles-sous-Lens would not
//! tell them apart). The full name is in the tooltip and the table.

use std::collections::HashMap;

/// Short words left out of abbreviations (« Noyelles-sous-Lens » → « Noye.-L. »).
const SMALL_WORDS: [&str; 14] = ["sous", "sur", "lès", "les", "lez", "en", "la", "le", "de", "du", "des", "aux", "au", "et"];

/// Tile size and text size: the font grows with the tile (9 to 14 px) and a label fits in
/// the tile's width.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelFit {
    pub font_size: f64,
    /// The most characters of a label (the tile map labels no tile that holds fewer than 4).
    pub max_chars: usize,
}

/// The labels that fit tiles `tile_px` pixels wide, in text of at least `floor` pixels (a
/// projected slide asks for large text: fewer characters then fit).
pub fn fit(tile_px: f64, floor: f64) -> LabelFit {
    let font_size = (tile_px / 5.0).clamp(9.0, 14.0).round().max(floor);
    // An average character of the interface font is about 0.6 em wide; 3 px of gap each side.
    let usable = (tile_px - 8.0).max(0.0);
    let max_chars = (usable / (font_size * 0.6)).floor() as usize;
    LabelFit { font_size, max_chars }
}

fn words(name: &str) -> Vec<&str> {
    name.split(['-', ' ', '\u{a0}', '\'']).filter(|w| !w.is_empty()).collect()
}

/// `word` cut to `k` characters with a full stop when cut.
fn cut(word: &str, k: usize) -> String {
    if word.chars().count() <= k {
        word.to_owned()
    } else {
        let mut out: String = word.chars().take(k.max(1)).collect();
        out.push('.');
        out
    }
}

/// The candidates for `name`, longest first: the whole name, then its first significant word
/// cut shorter and shorter, then the same followed by the initials of the other significant
/// words (« Noy.-G. »).
fn candidates(name: &str) -> Vec<String> {
    let all = words(name);
    let significant: Vec<&str> = all.iter().copied().filter(|w| !SMALL_WORDS.contains(&w.to_lowercase().as_str())).collect();
    let (first, rest): (String, &[&str]) = match significant.as_slice() {
        [saint, next, rest @ ..] if saint.eq_ignore_ascii_case("saint") => (format!("St-{next}"), rest),
        [sainte, next, rest @ ..] if sainte.eq_ignore_ascii_case("sainte") => (format!("Ste-{next}"), rest),
        [first, rest @ ..] => ((*first).to_owned(), rest),
        [] => (name.trim().to_owned(), &[]),
    };
    let initials: String = rest.iter().filter_map(|w| w.chars().next()).map(|c| format!("-{}.", c.to_uppercase())).collect();
    let longest = first.chars().count();
    let mut out = vec![name.trim().to_owned()];
    for k in (2..=longest).rev() {
        out.push(cut(&first, k));
    }
    if !initials.is_empty() {
        for k in (2..=longest).rev() {
            out.push(format!("{}{initials}", cut(&first, k)));
        }
    }
    out
}

/// One label per name, at most `max_chars` characters, all different when the names are.
/// Each name takes its longest candidate that fits and that no other name also takes; names
/// that share every fitting candidate are numbered (« Noy.1 », « Noy.2 »).
pub fn tile_labels(names: &[String], max_chars: usize) -> Vec<String> {
    let fitting: Vec<Vec<String>> = names.iter().map(|n| candidates(n).into_iter().filter(|c| c.chars().count() <= max_chars).collect()).collect();
    // How many names can take each candidate: a label is kept only when one name takes it.
    let mut takers: HashMap<&str, usize> = HashMap::new();
    for list in &fitting {
        let mut seen: Vec<&str> = list.iter().map(String::as_str).collect();
        seen.dedup();
        for c in seen {
            *takers.entry(c).or_default() += 1;
        }
    }
    let mut labels: Vec<Option<String>> = fitting.iter().map(|list| list.iter().find(|c| takers[c.as_str()] == 1).cloned()).collect();
    let mut used: HashMap<String, usize> = labels.iter().flatten().map(|l| (l.clone(), 1)).collect();
    for (i, label) in labels.iter_mut().enumerate() {
        if label.is_some() {
            continue;
        }
        let base = fitting[i].last().cloned().unwrap_or_else(|| cut(&names[i], max_chars.saturating_sub(2).max(1)));
        let mut n = 1;
        let numbered = loop {
            let candidate = format!("{}{n}", base.trim_end_matches('.'));
            if !used.contains_key(&candidate) {
                break candidate;
            }
            n += 1;
        };
        used.insert(numbered.clone(), 1);
        *label = Some(numbered);
    }
    labels.into_iter().map(Option::unwrap_or_default).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(names: &[&str], max: usize) -> Vec<String> {
        tile_labels(&names.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>(), max)
    }

    #[test]
    fn whole_names_when_they_fit_else_a_cut_first_word() {
        assert_eq!(labels(&["Lens", "Liévin", "Sallaumines", "Sains-en-Gohelle"], 8), ["Lens", "Liévin", "Sallaum.", "Sains"]);
        assert_eq!(labels(&["Saint-Laurent-Blangy", "La Bassée"], 8), ["St-Laur.", "Bassée"]);
        assert_eq!(labels(&["Sainte-Catherine"], 8), ["Ste-Cat."]);
        assert_eq!(labels(&["Sallaumines", "Liévin"], 30), ["Sallaumines", "Liévin"]);
    }

    #[test]
    fn names_sharing_a_first_word_are_told_apart() {
        let got = labels(&["Noyelles-Godault", "Noyelles-sous-Lens", "Noyelles-lès-Vermelles", "Vendin-le-Vieil", "Vendin-lès-Béthune", "Givenchy-en-Gohelle"], 8);
        assert_eq!(got, ["Noye.-G.", "Noye.-L.", "Noye.-V.", "Vend.-V.", "Vend.-B.", "Givenchy"]);
        let wide = labels(&["Noyelles-Godault", "Noyelles-sous-Lens"], 12);
        assert_eq!(wide, ["Noyelles-G.", "Noyelles-L."]);
    }

    #[test]
    fn names_that_share_every_short_form_are_numbered_in_order() {
        assert_eq!(labels(&["Aaaa-Bbbb", "Aaaa-Bccc", "Aaaa-Bddd"], 3), ["Aa1", "Aa2", "Aa3"]);
    }

    #[test]
    fn labels_are_unique_and_short_enough_whatever_the_names() {
        let prefixes = ["Noyelles", "Givenchy", "Auchy", "Vendin", "Sains", "Saint-Laurent", "Bully", "Hulluch", "Annay", "Loison"];
        let suffixes = ["-sous-Lens", "-Godault", "-en-Gohelle", "-lès-Vermelles", "-le-Vieil", "-les-Mines", "-Blangy", "-sur-Deûle", "-lez-Béthune", ""];
        let names: Vec<String> = prefixes.iter().flat_map(|p| suffixes.iter().map(move |s| format!("{p}{s}"))).collect();
        for max in [3, 5, 8, 12] {
            let got = tile_labels(&names, max);
            let mut unique = got.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), names.len(), "unique at {max}: {got:?}");
            // Numbered labels may pass the limit by their digits only.
            assert!(got.iter().all(|l| l.chars().count() <= max + 2), "short at {max}: {got:?}");
        }
    }

    #[test]
    fn the_font_and_the_label_length_follow_the_tile() {
        assert_eq!(fit(90.0, 0.0), LabelFit { font_size: 14.0, max_chars: 9 });
        assert_eq!(fit(50.0, 0.0), LabelFit { font_size: 10.0, max_chars: 7 });
        assert_eq!(fit(30.0, 0.0).max_chars, 4);
        assert!(fit(25.0, 0.0).max_chars < 4, "too small to label");
        // On a slide, 22 px text: 90 - 8 = 82 px hold 82 / 13.2 = 6 characters.
        assert_eq!(fit(90.0, 22.0), LabelFit { font_size: 22.0, max_chars: 6 });
    }
}
