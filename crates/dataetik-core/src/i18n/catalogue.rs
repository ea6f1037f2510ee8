//! The message catalogue: every text dataetik itself writes, in Danish and English, as Project
//! Fluent files embedded in the binary (`locales/da/*.ftl`, `locales/en/*.ftl`).
//!
//! Rule texts (title, message, help, why, ...) are not here: they belong to the policy file, which
//! a municipality edits with its policy. Everything else a user reads (finding details, output
//! labels, errors) is looked up here by message id, so a translator edits one place.
//!
//! Code looks messages up with [`msg!`](crate::msg), always with a literal id; a unit test checks
//! that every id used in the sources exists in both languages and that both languages define the
//! same ids.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use super::Lang;

/// The Fluent sources of one language: (file name, text), embedded at compile time.
type Sources = &'static [(&'static str, &'static str)];

/// The Danish catalogue.
pub(crate) const DA: Sources = &[
    (
        "findings.ftl",
        include_str!("../../locales/da/findings.ftl"),
    ),
    ("output.ftl", include_str!("../../locales/da/output.ftl")),
    ("errors.ftl", include_str!("../../locales/da/errors.ftl")),
    ("bias.ftl", include_str!("../../locales/da/bias.ftl")),
    ("schema.ftl", include_str!("../../locales/da/schema.ftl")),
    (
        "suppliers.ftl",
        include_str!("../../locales/da/suppliers.ftl"),
    ),
    (
        "version2.ftl",
        include_str!("../../locales/da/version2.ftl"),
    ),
    ("formats.ftl", include_str!("../../locales/da/formats.ftl")),
    ("report.ftl", include_str!("../../locales/da/report.ftl")),
    (
        "report-labels.ftl",
        include_str!("../../locales/da/report-labels.ftl"),
    ),
    ("site.ftl", include_str!("../../locales/da/site.ftl")),
];

/// The English catalogue.
pub(crate) const EN: Sources = &[
    (
        "findings.ftl",
        include_str!("../../locales/en/findings.ftl"),
    ),
    ("output.ftl", include_str!("../../locales/en/output.ftl")),
    ("errors.ftl", include_str!("../../locales/en/errors.ftl")),
    ("bias.ftl", include_str!("../../locales/en/bias.ftl")),
    ("schema.ftl", include_str!("../../locales/en/schema.ftl")),
    (
        "suppliers.ftl",
        include_str!("../../locales/en/suppliers.ftl"),
    ),
    (
        "version2.ftl",
        include_str!("../../locales/en/version2.ftl"),
    ),
    ("formats.ftl", include_str!("../../locales/en/formats.ftl")),
    ("report.ftl", include_str!("../../locales/en/report.ftl")),
    (
        "report-labels.ftl",
        include_str!("../../locales/en/report-labels.ftl"),
    ),
    ("site.ftl", include_str!("../../locales/en/site.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

fn build(lang: Lang, sources: Sources) -> Bundle {
    let id = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: output bytes stay plain text for terminals,
    // CI logs and files.
    bundle.set_use_isolating(false);
    for (name, text) in sources {
        // The embedded files are checked by tests (they parse, and every id exists in both
        // languages); a broken entry would only lose that entry, never stop the program.
        let resource = match FluentResource::try_new((*text).to_string()) {
            Ok(r) => r,
            Err((r, _errors)) => {
                debug_assert!(
                    false,
                    "{name}: Fluent syntax errors in the {lang:?} catalogue"
                );
                r
            }
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn bundle(lang: Lang) -> &'static Bundle {
    static DA_BUNDLE: OnceLock<Bundle> = OnceLock::new();
    static EN_BUNDLE: OnceLock<Bundle> = OnceLock::new();
    match lang {
        Lang::Da => DA_BUNDLE.get_or_init(|| build(Lang::Da, DA)),
        Lang::En => EN_BUNDLE.get_or_init(|| build(Lang::En, EN)),
    }
}

/// The catalogue in one language: a cheap, copyable handle to the embedded Fluent bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Catalogue {
    lang: Lang,
}

impl Catalogue {
    /// The catalogue in `lang`.
    pub fn new(lang: Lang) -> Catalogue {
        Catalogue { lang }
    }

    /// The language of this catalogue.
    pub fn lang(self) -> Lang {
        self.lang
    }

    /// The message `id` with `args`. An id missing from the catalogue (a bug, caught by the
    /// catalogue tests) is shown as the id itself rather than stopping the program.
    pub fn text(self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let bundle = bundle(self.lang);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        text.into_owned()
    }

    /// Whether the catalogue defines `id` (for tests and tools).
    pub fn has(self, id: &str) -> bool {
        bundle(self.lang).has_message(id)
    }
}

/// Looks up a message in a [`Catalogue`]: `msg!(cat, "id")` or `msg!(cat, "id", name = value, ...)`.
///
/// The id must be a string literal, so that the catalogue test can find every id the code uses.
/// Values are anything Fluent takes (`&str`, `String`, numbers); dates and numbers meant for
/// display are formatted with the helpers in [`crate::i18n`] first and passed as text.
#[macro_export]
macro_rules! msg {
    ($cat:expr, $id:literal) => {
        $crate::i18n::Catalogue::text($cat, $id, None)
    };
    ($cat:expr, $id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($key), $value); )+
        $crate::i18n::Catalogue::text($cat, $id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn ids(sources: Sources) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for (name, text) in sources {
            let resource = FluentResource::try_new((*text).to_string())
                .unwrap_or_else(|(_, e)| panic!("{name}: {e:?}"));
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    assert!(
                        out.insert(m.id.name.to_string()),
                        "{name}: `{}` defined twice",
                        m.id.name
                    );
                }
            }
        }
        out
    }

    #[test]
    fn both_languages_define_the_same_messages() {
        let da = ids(DA);
        let en = ids(EN);
        let only_da: Vec<_> = da.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&da).collect();
        assert!(
            only_da.is_empty() && only_en.is_empty(),
            "only in da: {only_da:?}; only in en: {only_en:?}"
        );
    }

    /// Every `msg!(cat, "id"` in the sources of this crate and of the binary names a message
    /// that exists (in both languages, by the test above).
    #[test]
    fn every_id_used_in_code_exists() {
        let da = ids(DA);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut missing = Vec::new();
        let mut used = 0;
        for dir in [
            root.join("src"),
            root.join("../../src"),
            root.join("../dataetik-report/src"),
            root.join("../dataetik-site/src"),
        ] {
            for entry in walkdir::WalkDir::new(dir) {
                let entry = entry.unwrap();
                if entry.path().extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let text = std::fs::read_to_string(entry.path()).unwrap();
                for (i, _) in text.match_indices("msg!(") {
                    let rest = &text[i..];
                    let Some(q) = rest.find('"') else { continue };
                    let after = &rest[q + 1..];
                    let Some(end) = after.find('"') else { continue };
                    let id = &after[..end];
                    // The macro's own definition, documentation and this scan are not uses.
                    let is_id = !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if !is_id || id == "id" || rest[..q].contains('$') || rest[..q].contains(')') {
                        continue;
                    }
                    used += 1;
                    if !da.contains(id) {
                        missing.push(format!("{}: {id}", entry.path().display()));
                    }
                }
            }
        }
        assert!(used > 50, "the scan found only {used} uses");
        assert!(missing.is_empty(), "ids not in the catalogue: {missing:#?}");
    }

    #[test]
    fn arguments_are_filled_without_isolation_marks() {
        let cat = Catalogue::new(Lang::En);
        let s = crate::msg!(cat, "error-prefix");
        assert_eq!(s, "error");
        assert!(!s.contains('\u{2068}'));
    }
}
