use crate::i18n::keys::Common;

pub static TEXTS: Common = Common {
    not_computable: "not computable",
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    date_day: "{day} {month} {year}",
    first_day: "1",
    date_month: "{month} {year}",
    date_time: "{date} at {hour}:{minute}",
    kilobytes: "kB",
    megabytes: "MB",
    in_french: "in French",
    breadcrumb: "Breadcrumb",
    aggregation: [
        "The territory's value is the sum of the communes' values.",
        "The territory's value is the ratio of the communes' totals (the sum of the numerators divided by the sum of the denominators), not the average of the communes' rates.",
        "The territory's value is the average of the communes' values weighted by their population.",
        "This value cannot be added up across communes: the territory's value is the one published by the source.",
    ],
};
