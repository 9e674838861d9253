//! Text made safe inside HTML or SVG markup written by hand (the `<iframe>` code, the
//! exported image): the characters that would end a text or an attribute are escaped, and
//! control characters dropped.

/// `text` for element content or a double-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}
