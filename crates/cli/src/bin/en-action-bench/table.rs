//! The bench's output: one aligned table of timings, then the cost of warnings.

use std::time::Duration;

/// The measures of one file.
pub struct Row {
    pub communes: usize,
    /// Percent of values written `null`.
    pub missing: u32,
    pub file: &'static str,
    pub bytes: usize,
    pub values: usize,
    pub warnings: usize,
    pub parse: Duration,
    pub aggregate: Option<Duration>,
    pub trends: Option<Duration>,
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1e3)
}

/// Prints `lines` under `header`, right-aligned except the columns in `left`.
fn aligned(header: &[&str], lines: &[Vec<String>], left: &[usize]) {
    let widths: Vec<usize> = (0..header.len())
        .map(|i| lines.iter().map(|l| l[i].chars().count()).chain([header[i].len()]).max().unwrap_or(0))
        .collect();
    let render = |cells: &[String]| {
        let cells: Vec<String> = cells
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| if left.contains(&i) { format!("{c:<w$}") } else { format!("{c:>w$}") })
            .collect();
        cells.join("  ").trim_end().to_owned()
    };
    println!("{}", render(&header.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>()));
    println!("{}", widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().join("  "));
    for line in lines {
        println!("{}", render(line));
    }
}

pub fn print(rows: &[Row]) {
    let header = ["communes", "missing", "file", "size (bytes)", "values", "warnings", "parse+validate ms", "aggregate ms", "trends ms", "total ms", "values/s"];
    let lines: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let total = r.parse + r.aggregate.unwrap_or_default() + r.trends.unwrap_or_default();
            let per_second = r.values as f64 / total.as_secs_f64().max(1e-12);
            vec![
                thousands(r.communes as u64),
                format!("{} %", r.missing),
                r.file.to_owned(),
                thousands(r.bytes as u64),
                thousands(r.values as u64),
                thousands(r.warnings as u64),
                ms(r.parse),
                r.aggregate.map_or_else(|| "-".to_owned(), ms),
                r.trends.map_or_else(|| "-".to_owned(), ms),
                ms(total),
                thousands(per_second.round() as u64),
            ]
        })
        .collect();
    aligned(&header, &lines, &[2]);
    println!("\nWarnings cost: parse+validate of the file with missing values / the clean file.");
    let mut costs = Vec::new();
    for missing in rows.iter().filter(|r| r.missing > 0) {
        let clean = rows.iter().find(|r| r.missing == 0 && r.communes == missing.communes && r.file == missing.file);
        if let Some(clean) = clean {
            let ratio = missing.parse.as_secs_f64() / clean.parse.as_secs_f64().max(1e-12);
            costs.push(vec![
                thousands(missing.communes as u64),
                missing.file.to_owned(),
                format!("{} %", missing.missing),
                thousands(missing.warnings as u64),
                ms(clean.parse),
                ms(missing.parse),
                format!("{ratio:.2} ×"),
            ]);
        }
    }
    aligned(&["communes", "file", "missing", "warnings", "clean ms", "missing ms", "warnings cost"], &costs, &[1]);
}

/// 1234567 -> "1,234,567".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
