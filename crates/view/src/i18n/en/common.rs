use crate::i18n::keys::Common;

pub const TEXTS: Common = Common {
    not_computable: "not computable",
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    date_day: "{day} {month} {year}",
    first_day: "1",
    date_month: "{month} {year}",
    date_time: "{date} at {hour}:{minute}",
    kilobytes: "kB",
    megabytes: "MB",
    in_french: "in French",
};
