use crate::i18n::keys::Common;

pub static TEXTS: Common = Common {
    not_computable: "non calculable",
    months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    date_day: "{day} {month} {year}",
    first_day: "1er",
    date_month: "{month} {year}",
    date_time: "{date} à {hour} h {minute}",
    kilobytes: "ko",
    megabytes: "Mo",
    in_french: "en français",
    breadcrumb: "Fil d'Ariane",
    aggregation: [
        "La valeur du territoire est la somme des valeurs des communes.",
        "La valeur du territoire est le rapport des totaux des communes (somme des numérateurs divisée par la somme des dénominateurs), et non la moyenne des taux communaux.",
        "La valeur du territoire est la moyenne des communes pondérée par leur population.",
        "Cette valeur ne s'additionne pas entre communes : la valeur du territoire est celle publiée par la source.",
    ],
};
