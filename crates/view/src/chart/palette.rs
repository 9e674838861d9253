//! Colours of the charts: the territory in near-black, communes in a colour-blind-safe set
//! (Okabe-Ito hues darkened to reach 3:1 against white), each line also told apart by its
//! end label and dash, never by colour alone.

/// The territory reference line.
pub const TERRITORY: &str = "#1a1a1a";
/// Targets and their path.
pub const TARGET: &str = "#5a5a5a";
/// Events and breaks annotations.
pub const ANNOTATION: &str = "#6b6b6b";

/// Colours for chosen communes, in order.
pub const COMMUNES: [&str; 6] = ["#0072B2", "#C44E00", "#00785A", "#A8457F", "#7A6200", "#4B4BB0"];

/// Dash patterns paired with the commune colours, so lines differ without colour.
pub const DASHES: [&str; 3] = ["solid", "dashed", "dotted"];

pub fn commune_colour(index: usize) -> &'static str {
    COMMUNES[index % COMMUNES.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commune_colours_cycle_in_order() {
        assert_eq!(commune_colour(0), "#0072B2");
        assert_eq!(commune_colour(1), "#C44E00");
        assert_eq!(commune_colour(6), "#0072B2", "the seventh commune starts again");
        assert_eq!(commune_colour(13), "#C44E00");
    }
}
