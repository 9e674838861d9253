//! What the dashboard says about working offline: the date of the data kept on the device,
//! the progress of « Préparer la présentation hors ligne », and what is ready at the end.

use en_action_core::date::Date;

use crate::format;
use crate::i18n::{self, fill};

/// When data files were last read from the network, as kept in the browser:
/// `2026-12-01T11:05` (local time).
pub fn stamp(year: i32, month: u8, day: u8, hour: u8, minute: u8) -> String {
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}")
}

/// « Hors ligne : données du 1er décembre 2026 à 11 h 05 » (or without the date when none is
/// kept or it cannot be read); « Offline: data from 1 December 2026 at 11:05 ».
pub fn offline_text(stamp: Option<&str>) -> String {
    let text = i18n::t().commune();
    match stamp.and_then(stamp_text) {
        Some(date) => fill(text.offline_since, &[("date", &date)]),
        None => text.offline_kept.to_owned(),
    }
}

fn stamp_text(stamp: &str) -> Option<String> {
    let (date, time) = stamp.split_once('T')?;
    let date = Date::parse(date).filter(|d| d.day.is_some())?;
    let (hour, minute) = time.split_once(':')?;
    let (hour, minute) = (hour.parse::<u8>().ok().filter(|h| *h < 24)?, minute.parse::<u8>().ok().filter(|m| *m < 60)?);
    Some(format::date_time(date, hour, minute))
}

/// « 12 fichiers sur 23 (1,2 Mo) ».
pub fn progress_text(done: usize, total: usize, bytes: u64) -> String {
    let form = i18n::t().commune().offline_progress.of(done);
    fill(&form, &[("total", &format::number(total as f64, 0)), ("size", &format::bytes(bytes))])
}

/// What is ready at the end, with the files that could not be stored.
pub fn ready_text(files: usize, data_bytes: u64, app_bytes: Option<u64>, failed: &[String]) -> String {
    let text = i18n::t().commune();
    let (files, size) = (text.offline_data_files.of(files), format::bytes(data_bytes));
    let ready = match app_bytes {
        Some(bytes) => fill(text.offline_ready_with_app, &[("files", &files), ("size", &size), ("app_size", &format::bytes(bytes))]),
        None => fill(text.offline_ready_without_app, &[("files", &files), ("size", &size)]),
    };
    if failed.is_empty() {
        ready
    } else {
        format!("{ready} {}", fill(text.offline_not_saved, &[("files", &failed.join(", "))]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_of_the_data() {
        assert_eq!(stamp(2026, 12, 1, 9, 5), "2026-12-01T09:05");
        assert_eq!(offline_text(Some("2026-12-01T09:05")), "Hors ligne : données du 1er décembre 2026 à 9 h 05");
        assert_eq!(offline_text(Some("2026-03-15T23:59")), "Hors ligne : données du 15 mars 2026 à 23 h 59");
        for bad in ["2026-12-01", "2026-12-01T24:00", "2026-12-01T10:60", "2026-12T10:00", "x"] {
            assert_eq!(offline_text(Some(bad)), "Hors ligne : données enregistrées sur cet appareil", "{bad}");
        }
        assert_eq!(offline_text(None), "Hors ligne : données enregistrées sur cet appareil");
    }

    #[test]
    fn progress_and_result() {
        assert_eq!(progress_text(1, 23, 1_500), "1 fichier sur 23 (1,5\u{a0}ko)");
        assert_eq!(progress_text(12, 23, 1_200_000), "12 fichiers sur 23 (1,2\u{a0}Mo)");
        assert_eq!(
            ready_text(23, 1_200_000, Some(2_140_000), &[]),
            "Prêt pour une présentation hors ligne : 23 fichiers de données (1,2\u{a0}Mo) et l'application (2,1\u{a0}Mo) sur cet appareil."
        );
        assert_eq!(
            ready_text(1, 500_000, None, &["respirer/no2.json".into()]),
            "Prêt pour une présentation hors ligne : 1 fichier de données (500\u{a0}ko) ; l'application sera enregistrée à la prochaine visite sur cet appareil. Non enregistrés : respirer/no2.json."
        );
    }

    #[test]
    fn in_english() {
        i18n::with_lang(i18n::Lang::En, || {
            assert_eq!(offline_text(Some("2026-12-01T09:05")), "Offline: data from 1 December 2026 at 9:05");
            assert_eq!(offline_text(None), "Offline: data saved on this device");
            assert_eq!(progress_text(1, 23, 1_500), "1 file of 23 (1.5\u{a0}kB)");
            assert_eq!(progress_text(0, 1_200, 0), "0 files of 1,200 (0\u{a0}kB)");
            assert_eq!(
                ready_text(23, 1_200_000, Some(2_140_000), &[]),
                "Ready for an offline presentation: 23 data files (1.2\u{a0}MB) and the application (2.1\u{a0}MB) on this device."
            );
            assert_eq!(
                ready_text(1, 500_000, None, &["respirer/no2.json".into()]),
                "Ready for an offline presentation: 1 data file (500\u{a0}kB) on this device; the application will be saved on the next visit. Not saved: respirer/no2.json."
            );
        });
    }
}
