//! Communes of a spreadsheet row: by INSEE code, or by name matched without regard to case,
//! accents, hyphens, apostrophes and spaces (« LIEVIN », « liévin », « Noyelles sous Lens »).

use std::collections::HashMap;

use crate::code::CommuneCode;
use crate::fold::fold;
use crate::territory::{Commune, Territory};

/// Why a cell names no commune.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MatchFault {
    Unknown,
    /// Several communes have this name: « Noyelles-Godault (62617) ou Noyelles-sous-Lens (62624) ».
    Ambiguous(String),
}

/// Finds communes of `territory` by code or name.
pub struct CommuneMatcher<'a> {
    territory: &'a Territory,
    by_name: HashMap<String, Vec<&'a Commune>>,
}

impl<'a> CommuneMatcher<'a> {
    pub fn new(territory: &'a Territory) -> Self {
        let mut by_name: HashMap<String, Vec<&Commune>> = HashMap::new();
        for commune in &territory.communes {
            by_name.entry(fold(&commune.name)).or_default().push(commune);
        }
        CommuneMatcher { territory, by_name }
    }

    /// The commune a cell names: a known code (with or without a leading zero lost by a
    /// spreadsheet, « 2A004 » kept), else a name.
    pub fn find(&self, cell: &str) -> Result<&'a Commune, MatchFault> {
        let text = cell.trim();
        let padded = if text.len() == 4 && text.chars().all(|c| c.is_ascii_digit()) { format!("0{text}") } else { text.to_uppercase() };
        if let Some(commune) = CommuneCode::parse(&padded).and_then(|code| self.territory.commune(&code)) {
            return Ok(commune);
        }
        match self.by_name.get(&fold(text)).map(Vec::as_slice) {
            Some([one]) => Ok(one),
            // Never empty: a name is listed only with the communes that bear it.
            Some(many) => {
                let names: Vec<String> = many.iter().map(|c| format!("{} ({})", c.name, c.code)).collect();
                Err(MatchFault::Ambiguous(names.join(" ou ")))
            }
            _ => Err(MatchFault::Unknown),
        }
    }
}
