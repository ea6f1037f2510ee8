//! Languages, the message catalogue and locale formatting.
//!
//! Everything shown to people exists in Danish (the default) and English: texts dataetik writes
//! itself are in the [`Catalogue`] (Project Fluent files under `locales/`), rule texts in the
//! policy file ([`LocalText`]). Dates and numbers are written the way a Danish municipality
//! writes them ("12. maj 2025", "4.000", "0,91").

mod catalogue;

pub use catalogue::Catalogue;
pub use fluent_bundle::FluentArgs;

use serde::{Deserialize, Serialize};

/// The language of messages and reports (`language:` in dataetik.yaml, `--lang`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Danish, the default: the policy and the annual report are Danish.
    #[default]
    Da,
    /// English, for tooling and non-Danish colleagues.
    En,
}

impl Lang {
    /// The BCP 47 code, used for `lang` attributes in HTML and PDF.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// The ISO 639-3 code: "dan", "eng" (open registers name languages so).
    pub fn iso639_3(self) -> &'static str {
        match self {
            Lang::Da => "dan",
            Lang::En => "eng",
        }
    }
}

impl Lang {
    /// The decimal separator of the language: `,` in Danish, `.` in English.
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::Da => ',',
            Lang::En => '.',
        }
    }

    /// The catalogue in this language.
    pub fn catalogue(self) -> Catalogue {
        Catalogue::new(self)
    }

    /// The language with its region, as SARIF's `language` wants it: `da-DK`, `en-US`.
    pub fn with_region(self) -> &'static str {
        match self {
            Lang::Da => "da-DK",
            Lang::En => "en-US",
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "da" => Ok(Lang::Da),
            "en" => Ok(Lang::En),
            other => Err(format!("unknown language `{other}` (use `da` or `en`)")),
        }
    }
}

/// A text in both languages, as written in policy files.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalText {
    /// Danish text.
    pub da: String,
    /// English text.
    pub en: String,
}

impl LocalText {
    /// Picks the text in `lang`, falling back to the other language when one is empty.
    pub fn get(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Da => (&self.da, &self.en),
            Lang::En => (&self.en, &self.da),
        };
        if first.trim().is_empty() {
            second
        } else {
            first
        }
    }

    /// True when both languages are empty (or only whitespace).
    pub fn is_blank(&self) -> bool {
        self.da.trim().is_empty() && self.en.trim().is_empty()
    }

    /// Builds a text from two literals.
    pub fn new(da: impl Into<String>, en: impl Into<String>) -> Self {
        LocalText {
            da: da.into(),
            en: en.into(),
        }
    }
}

const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Formats a date for people: "12. maj 2025" in Danish, "12 May 2025" in English.
pub fn format_date(date: jiff::civil::Date, lang: Lang) -> String {
    let month = (date.month() - 1) as usize;
    match lang {
        Lang::Da => format!("{}. {} {}", date.day(), MONTHS_DA[month], date.year()),
        Lang::En => format!("{} {} {}", date.day(), MONTHS_EN[month], date.year()),
    }
}

/// Formats a date that may be known only to the month or year (schema_version 2):
/// "marts 2016" / "March 2016", "2016", or a full date as [`format_date`].
pub fn format_partial_date(date: crate::model::PartialDate, lang: Lang) -> String {
    use crate::model::PartialDate;
    match date {
        PartialDate::Year(y) => y.to_string(),
        PartialDate::Month(y, m) => {
            let i = (m - 1) as usize;
            LocalText::new(
                format!("{} {y}", MONTHS_DA[i]),
                format!("{} {y}", MONTHS_EN[i]),
            )
            .get(lang)
            .to_string()
        }
        PartialDate::Day(d) => format_date(d.0, lang),
    }
}

/// Formats a whole number with thousands separators: "12.500" (da), "12,500" (en).
pub fn format_int(n: i64, lang: Lang) -> String {
    let sep = match lang {
        Lang::Da => '.',
        Lang::En => ',',
    };
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// Formats a decimal number with `decimals` places: "0,91" (da), "0.91" (en).
pub fn format_decimal(x: f64, decimals: usize, lang: Lang) -> String {
    let s = format!("{x:.decimals$}");
    match lang {
        Lang::Da => s.replace('.', ","),
        Lang::En => s,
    }
}

/// The text with its first letter upper-case: a count or a name at the start of a sentence or a
/// table cell ("To", "Databehandler").
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Items joined for running text: "a, b og c" / "a, b and c".
pub fn join_and(items: &[String], cat: Catalogue) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!(
            "{} {} {last}",
            rest.join(", "),
            crate::msg!(cat, "list-and")
        ),
    }
}

/// A body named in running text. In Danish a role written as a common noun takes the definite
/// form in lower case ("Direktør for Økonomi" -> "direktøren for Økonomi", "Direktionen" ->
/// "direktionen"); named bodies ("Børne- og Skoleudvalget") and English names are kept as written.
pub fn body_in_sentence(name: &str, lang: Lang) -> String {
    const DANISH_ROLES: [(&str, &str); 9] = [
        ("Direktionen", "direktionen"),
        ("Direktion", "direktionen"),
        ("Direktør", "direktøren"),
        ("Direktøren", "direktøren"),
        ("Chefgruppen", "chefgruppen"),
        ("Ledelsen", "ledelsen"),
        ("Chef", "chefen"),
        ("Chefen", "chefen"),
        ("Afdelingsleder", "afdelingslederen"),
    ];
    let name = name.trim_start();
    let first = name.split_whitespace().next().unwrap_or_default();
    match (lang, DANISH_ROLES.iter().find(|(role, _)| *role == first)) {
        (Lang::Da, Some((_, definite))) => format!("{definite}{}", &name[first.len()..]),
        _ => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_formats() {
        let d = jiff::civil::date(2025, 5, 12);
        assert_eq!(format_date(d, Lang::Da), "12. maj 2025");
        assert_eq!(format_date(d, Lang::En), "12 May 2025");
        assert_eq!(format_int(4000, Lang::Da), "4.000");
        assert_eq!(format_int(123456789, Lang::En), "123,456,789");
        assert_eq!(format_int(-999, Lang::Da), "-999");
        assert_eq!(format_decimal(0.91, 2, Lang::Da), "0,91");
    }

    /// Texts in code are not chosen by language: outside this module no code matches on
    /// `Lang::Da`/`Lang::En` or compares with them to pick words (tests may, to assert).
    #[test]
    fn no_language_switches_outside_i18n() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut found = Vec::new();
        for dir in [
            root.join("src"),
            root.join("../../src"),
            root.join("../dataetik-report/src"),
            root.join("../dataetik-site/src"),
        ] {
            for entry in walkdir::WalkDir::new(&dir) {
                let entry = entry.unwrap();
                let path = entry.path();
                if path.extension().is_none_or(|e| e != "rs")
                    || path.starts_with(root.join("src/i18n"))
                    || path.file_name().is_some_and(|n| n == "tests.rs")
                {
                    continue;
                }
                let text = std::fs::read_to_string(path).unwrap();
                // Unit tests at the end of a file may name languages to assert on both.
                let code = text.split("#[cfg(test)]").next().unwrap_or("");
                for (i, line) in code.lines().enumerate() {
                    let l = line.trim();
                    let switch = ["Lang::Da =>", "Lang::En =>", "== Lang::Da", "== Lang::En"]
                        .iter()
                        .any(|p| l.contains(p))
                        || (l.starts_with("(Lang::") && l.contains("=>"));
                    if switch {
                        found.push(format!("{}:{}: {l}", path.display(), i + 1));
                    }
                }
            }
        }
        assert!(
            found.is_empty(),
            "language switches outside i18n: {found:#?}"
        );
    }

    #[test]
    fn local_text_falls_back() {
        let t = LocalText::new("dansk", "");
        assert_eq!(t.get(Lang::En), "dansk");
    }
}
