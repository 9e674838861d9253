//! Classes of the maps: quantile breaks rounded to the displayed decimals, a colour-blind-safe
//! sequential ramp (one hue, light to dark) and labels in words for the legend, so a class is
//! never told by its colour alone.

use serde_json::{json, Value};

use crate::format;
use crate::i18n::{self, fill};

/// The sequential ramp, light to dark: one hue (blue), so it reads the same with any colour
/// vision deficiency and in greyscale; lightness rises evenly from one step to the next.
pub const RAMP: [&str; 5] = ["#d0e1f2", "#94c4df", "#4a98c9", "#1764ab", "#08306b"];
/// The most classes a map shows (one per colour of [`RAMP`]).
pub const MAX_CLASSES: usize = RAMP.len();
/// Areas without a value: light grey, hatched by [`missing_decal`] on the maps.
pub const MISSING_COLOUR: &str = "#e6e6e6";
/// Colour of the hatching of areas without a value.
pub const HATCH_COLOUR: &str = "#8a8a8a";
/// The legend entry of areas without a value: « pas de donnée ».
pub fn missing_label() -> &'static str {
    i18n::t().indicator().no_value
}
/// Text on light backgrounds (16:1 on white).
pub const DARK_TEXT: &str = "#1a1a1a";
/// Text on dark backgrounds.
pub const LIGHT_TEXT: &str = "#ffffff";

/// One class of values: `min <= value < max` (the last class includes its `max`).
#[derive(Debug, Clone, PartialEq)]
pub struct Class {
    pub min: f64,
    pub max: f64,
    pub colour: &'static str,
    /// « moins de 10,5 % », « de 10,5 à 14,0 % », « 14,0 % et plus ».
    pub label: String,
}

/// Up to `count` (at most [`MAX_CLASSES`]) classes of `values` by quantiles: the breaks are
/// the values that start each equal share of the sorted values, rounded to `decimals` (so the
/// legend tells the truth at the displayed precision) and kept only when they rise strictly
/// within min..max: repeated values give fewer classes. Non-finite values are ignored; no
/// value or `count == 0` gives no class. Colours spread over the whole ramp.
pub fn classes(values: &[f64], count: usize, decimals: u8, unit: &str) -> Vec<Class> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    sorted.sort_by(f64::total_cmp);
    let count = count.min(MAX_CLASSES);
    let (Some(&min), Some(&max)) = (sorted.first(), sorted.last()) else {
        return Vec::new();
    };
    if count == 0 {
        return Vec::new();
    }
    let n = sorted.len();
    let mut breaks: Vec<f64> = Vec::with_capacity(count);
    for i in 1..count {
        let at = sorted[(i * n / count).min(n - 1)];
        let b = round_to(at, decimals);
        if b > min && b <= max && breaks.last().is_none_or(|&last| b > last) {
            breaks.push(b);
        }
    }
    let k = breaks.len() + 1;
    let number = |v: f64| format::number(v, decimals);
    let with_unit = |v: f64| format::with_unit(v, decimals, unit);
    let text = i18n::t().indicator();
    let between = |low: f64, high: f64| fill(text.class_between, &[("low", &number(low)), ("high", &with_unit(high))]);
    (0..k)
        .map(|i| {
            let low = if i == 0 { min } else { breaks[i - 1] };
            let high = if i + 1 == k { max } else { breaks[i] };
            let label = if k == 1 {
                if number(min) == number(max) {
                    with_unit(min)
                } else {
                    between(min, max)
                }
            } else if i == 0 {
                fill(text.class_below, &[("value", &with_unit(high))])
            } else if i + 1 == k {
                fill(text.class_above, &[("value", &with_unit(low))])
            } else {
                between(low, high)
            };
            Class {
                min: low,
                max: high,
                colour: RAMP[ramp_index(i, k)],
                label,
            }
        })
        .collect()
}

/// The class of `value`: values below the first class fall in it, above the last in it;
/// `None` without classes or for a non-finite value.
pub fn class_of(classes: &[Class], value: f64) -> Option<usize> {
    if classes.is_empty() || !value.is_finite() {
        return None;
    }
    Some(
        classes
            .iter()
            .skip(1)
            .take_while(|c| value >= c.min)
            .count(),
    )
}

/// The colour of `value`'s class, [`MISSING_COLOUR`] for a missing value (or no classes).
pub fn colour_of(classes: &[Class], value: Option<f64>) -> &'static str {
    value
        .and_then(|v| class_of(classes, v))
        .map_or(MISSING_COLOUR, |i| classes[i].colour)
}

/// The hatching (an ECharts `decal`) of areas without a value: thin diagonal lines, so a
/// missing value differs from the lightest class without relying on colour.
pub fn missing_decal() -> Value {
    json!({
        "color": HATCH_COLOUR,
        "dashArrayX": [1, 0],
        "dashArrayY": [2, 4],
        "symbolSize": 1,
        "rotation": -std::f64::consts::FRAC_PI_4,
    })
}

/// The text colour with the better contrast on `background` ([`DARK_TEXT`] or
/// [`LIGHT_TEXT`]); dark when the colour cannot be read.
pub fn text_colour_on(background: &str) -> &'static str {
    match (
        contrast_ratio(DARK_TEXT, background),
        contrast_ratio(LIGHT_TEXT, background),
    ) {
        (Some(dark), Some(light)) if light > dark => LIGHT_TEXT,
        _ => DARK_TEXT,
    }
}

/// The WCAG contrast ratio (1 to 21) of two `#rrggbb` or `#rgb` colours.
pub fn contrast_ratio(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (luminance(a)?, luminance(b)?);
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

/// The WCAG relative luminance of a `#rrggbb` or `#rgb` colour.
fn luminance(colour: &str) -> Option<f64> {
    let hex = colour.strip_prefix('#')?;
    let digits: Vec<u32> = hex.chars().map(|c| c.to_digit(16)).collect::<Option<_>>()?;
    let rgb: [u32; 3] = match digits.as_slice() {
        [r, g, b] => [r * 17, g * 17, b * 17],
        [r1, r2, g1, g2, b1, b2] => [r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2],
        _ => return None,
    };
    let linear = |c: u32| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    Some(0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]))
}

/// Index in [`RAMP`] of class `i` of `k`: spread from the lightest to the darkest colour
/// (a single class takes the middle one).
fn ramp_index(i: usize, k: usize) -> usize {
    let last = RAMP.len() - 1;
    if k <= 1 {
        last / 2
    } else {
        ((i * last + (k - 1) / 2) / (k - 1)).min(last)
    }
}

fn round_to(value: f64, decimals: u8) -> f64 {
    let scale = 10_f64.powi(i32::from(decimals));
    (value * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    const NBSP: char = '\u{a0}';

    fn labels(classes: &[Class]) -> Vec<String> {
        classes.iter().map(|c| c.label.replace(NBSP, " ")).collect()
    }

    fn colours(classes: &[Class]) -> Vec<&'static str> {
        classes.iter().map(|c| c.colour).collect()
    }

    #[test]
    fn quintiles_of_one_to_ten() {
        let values: Vec<f64> = (1..=10).map(f64::from).collect();
        let c = classes(&values, 5, 0, "%");
        // 10 sorted values in 5 shares of 2: breaks at the 3rd, 5th, 7th and 9th values.
        let bounds: Vec<(f64, f64)> = c.iter().map(|c| (c.min, c.max)).collect();
        assert_eq!(
            bounds,
            [(1.0, 3.0), (3.0, 5.0), (5.0, 7.0), (7.0, 9.0), (9.0, 10.0)]
        );
        assert_eq!(
            labels(&c),
            [
                "moins de 3 %",
                "de 3 à 5 %",
                "de 5 à 7 %",
                "de 7 à 9 %",
                "9 % et plus"
            ]
        );
        assert_eq!(colours(&c), RAMP);
        assert_eq!(c[0].label, "moins de 3\u{a0}%");
        assert_eq!(class_of(&c, 1.0), Some(0));
        assert_eq!(class_of(&c, 2.99), Some(0));
        assert_eq!(class_of(&c, 3.0), Some(1));
        assert_eq!(class_of(&c, 8.5), Some(3));
        assert_eq!(class_of(&c, 10.0), Some(4));
        assert_eq!(class_of(&c, 250.0), Some(4));
        assert_eq!(class_of(&c, -4.0), Some(0));
        assert_eq!(class_of(&c, f64::NAN), None);
    }

    #[test]
    fn labels_in_english() {
        let values: Vec<f64> = (1..=10).map(f64::from).collect();
        let c = i18n::with_lang(i18n::Lang::En, || classes(&values, 3, 1, "%"));
        assert_eq!(labels(&c), ["less than 4.0%", "4.0 to 7.0%", "7.0% or more"]);
        assert_eq!(i18n::with_lang(i18n::Lang::En, missing_label), "no data");
        assert_eq!(missing_label(), "pas de donnée");
    }

    #[test]
    fn breaks_are_rounded_to_the_displayed_decimals() {
        let values = [21.33, 10.44, 14.06, 12.0, 18.94, 15.2];
        let c = classes(&values, 3, 1, "%");
        // Sorted: 10.44 12.0 | 14.06 15.2 | 18.94 21.33 → breaks 14.1 and 18.9.
        assert_eq!(
            labels(&c),
            ["moins de 14,1 %", "de 14,1 à 18,9 %", "18,9 % et plus"]
        );
        assert_eq!((c[0].min, c[0].max), (10.44, 14.1));
        assert_eq!((c[2].min, c[2].max), (18.9, 21.33));
        // Three classes spread over the ramp: lightest, middle, darkest.
        assert_eq!(colours(&c), [RAMP[0], RAMP[2], RAMP[4]]);
        assert_eq!(class_of(&c, 14.06), Some(0));
        assert_eq!(class_of(&c, 18.94), Some(2));
    }

    #[test]
    fn repeated_values_give_fewer_classes() {
        let values = [1.0, 1.0, 1.0, 1.0, 2.0, 2.0, 2.0, 2.0];
        let c = classes(&values, 4, 0, "");
        // Breaks at the 3rd, 5th and 7th values: 1 (the minimum, dropped), 2, 2 (repeated).
        assert_eq!(labels(&c), ["moins de 2", "2 et plus"]);
        assert_eq!(colours(&c), [RAMP[0], RAMP[4]]);
        let four = classes(&[0.0, 1.0, 2.0, 3.0], 4, 0, "logements");
        assert_eq!(colours(&four), [RAMP[0], RAMP[1], RAMP[3], RAMP[4]]);
        assert_eq!(four[1].label, "de 1 à 2\u{a0}logements");
    }

    #[test]
    fn a_single_class_and_degenerate_inputs() {
        let same = classes(&[12.0, 12.0, 12.0], 5, 1, "%");
        assert_eq!(labels(&same), ["12,0 %"]);
        assert_eq!(colours(&same), [RAMP[2]]);
        let one = classes(&[3.0, 4.0, 8.0], 1, 0, "%");
        assert_eq!(labels(&one), ["de 3 à 8 %"]);
        // Breaks that round beyond the maximum are dropped.
        let close = classes(&[0.2, 0.4, 0.6, 0.8], 2, 0, "");
        assert_eq!(labels(&close), ["de 0 à 1"]);
        assert!(classes(&[], 5, 1, "%").is_empty());
        assert!(classes(&[f64::NAN, f64::INFINITY], 5, 1, "%").is_empty());
        assert!(classes(&[1.0, 2.0], 0, 1, "%").is_empty());
        assert_eq!(class_of(&[], 1.0), None);
        // More classes than colours are capped.
        let many: Vec<f64> = (0..100).map(f64::from).collect();
        assert_eq!(classes(&many, 9, 0, "").len(), MAX_CLASSES);
    }

    #[test]
    fn colours_of_values() {
        let c = classes(&[1.0, 2.0, 3.0, 4.0], 2, 0, "");
        assert_eq!(colour_of(&c, Some(1.0)), RAMP[0]);
        assert_eq!(colour_of(&c, Some(4.0)), RAMP[4]);
        assert_eq!(colour_of(&c, None), MISSING_COLOUR);
        assert_eq!(colour_of(&[], Some(1.0)), MISSING_COLOUR);
        assert_eq!(missing_decal()["color"], HATCH_COLOUR);
    }

    #[test]
    fn contrast_of_text_on_every_class() {
        assert!((contrast_ratio("#000", "#ffffff").unwrap() - 21.0).abs() < 1e-9);
        assert_eq!(contrast_ratio("#fff", "#ffffff"), Some(1.0));
        assert_eq!(contrast_ratio("red", "#fff"), None);
        for colour in RAMP.iter().chain([&MISSING_COLOUR]) {
            let text = text_colour_on(colour);
            assert!(
                contrast_ratio(text, colour).unwrap() >= 4.5,
                "{text} on {colour}"
            );
        }
        assert_eq!(text_colour_on(RAMP[0]), DARK_TEXT);
        assert_eq!(text_colour_on(RAMP[4]), LIGHT_TEXT);
        assert_eq!(text_colour_on(MISSING_COLOUR), DARK_TEXT);
        // The ramp darkens step by step.
        let lum: Vec<f64> = RAMP.iter().map(|c| luminance(c).unwrap()).collect();
        assert!(lum.windows(2).all(|w| w[0] > w[1]));
    }
}
