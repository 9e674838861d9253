//! The link format's versions: links of an older format are rewritten into the current one
//! (see « Versioning » in [`super`]).

use super::URL_VERSION;

/// Rewrites the parameters of a link of format `version` into the current format
/// ([`URL_VERSION`]), one version step at a time (see "Versioning" in the module doc).
///
/// `version` 0 is read as 1. Version 1 is the current format, so there is no step yet; a
/// version newer than [`URL_VERSION`] is returned unchanged, to be read as best effort.
/// `params` excludes `v` itself.
pub fn migrate(version: u32, mut params: Vec<(String, String)>) -> Vec<(String, String)> {
    let mut version = version.max(1);
    while version < URL_VERSION {
        params = step(version, params);
        version += 1;
    }
    params
}

/// Rewrites parameters of format `from_version` into format `from_version + 1`.
///
/// There is no step yet (version 1 is current). A future version 2 renaming `hab` into
/// `par_hab` would read, for `from_version == 1`:
/// `params.into_iter().map(|(n, v)| (if n == "hab" { "par_hab".into() } else { n }, v)).collect()`.
fn step(_from_version: u32, params: Vec<(String, String)>) -> Vec<(String, String)> {
    params
}
