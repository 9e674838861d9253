use crate::i18n::keys::Common;

pub const TEXTS: Common = Common {
    not_computable: "non calculable",
    months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    date_day: "{day} {month} {year}",
    first_day: "1er",
    date_month: "{month} {year}",
    date_time: "{date} à {hour} h {minute}",
    kilobytes: "ko",
    megabytes: "Mo",
    in_french: "en français",
};
