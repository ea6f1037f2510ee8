//! Hyphenation of the PDF's prose, and the check that the finished PDF breaks no word wrongly.
//!
//! Typst's own hyphenation (`set text(hyphenate: true)`) applies the language's patterns to
//! every word it sets, codes included, and the Danish patterns on their own break compounds
//! where no Danish reader would: `hypher` gives "Ana-ly-se-p-lat-form", "kon-se-kvens-a-na-ly-sen"
//! and "me-d-ar-bej-de-re", so Typst printed "Analysep-latform" and "konsekvensa-nalysen"; and
//! "do-ne" for an English code word. So the template sets `hyphenate: false`, and the report
//! marks where prose may break instead: before the model goes to Typst, every word of a prose
//! string gets soft hyphens (U+00AD) at the points the language's patterns give (Danish for
//! Danish text, English for English, per Markdown field when a field's language differs),
//! less the points next to a one-letter syllable (where a compound's seam usually hides:
//! "analyse|platform", "konsekvens|analysen", "med|arbejdere") and between two vowels
//! ("dashbo-ard" is an English word under Danish patterns), and never in a code: rule ids,
//! case numbers, file names, URLs, e-mail addresses, numbers with units, field names, the
//! assessment format's English values, all-capital abbreviations. Typst breaks a line at a
//! soft hyphen only, and prints the hyphen only there.
//!
//! [`bad_breaks`] is the other half: given `pdftotext` output it lists every line that ends in
//! a hyphen the text did not have and whose word was broken where [`break_points`] does not
//! allow it, or in a code. The tests run it on the example report.

use std::collections::HashSet;

/// The soft hyphen.
pub const SHY: char = '\u{ad}';

/// Fewest letters before and after a break.
const LEFT_MIN: usize = 2;
const RIGHT_MIN: usize = 3;
/// Words shorter than this are never broken: in ragged-right text a short word moves to the
/// next line whole, and fewer soft hyphens in the PDF's text mean fewer for a reader's search to
/// trip over.
const WORD_MIN: usize = 8;

/// The hyphenation patterns of a report language (`da`, `en`), if any.
pub fn patterns(lang: &str) -> Option<hypher::Lang> {
    let bytes: [u8; 2] = lang.get(..2)?.as_bytes().try_into().ok()?;
    hypher::Lang::from_iso(bytes)
}

/// Where `word` (letters only) may be broken, as character offsets: the pattern's points less
/// those beside a one-letter syllable or between two vowels, at least [`LEFT_MIN`] letters from the start and
/// [`RIGHT_MIN`] from the end. Empty for short words and words with a capital after the first
/// letter (abbreviations, code names).
pub fn break_points(word: &str, lang: hypher::Lang) -> Vec<usize> {
    let count = word.chars().count();
    if count < WORD_MIN
        || !word.chars().all(char::is_alphabetic)
        || word.chars().skip(1).any(char::is_uppercase)
    {
        return Vec::new();
    }
    let lens: Vec<usize> = hypher::hyphenate(word, lang)
        .map(|s| s.chars().count())
        .collect();
    let mut points = Vec::new();
    let mut at = 0;
    for (i, len) in lens.iter().enumerate() {
        at += len;
        if i + 1 == lens.len() {
            break;
        }
        // The syllables on either side of this point.
        let before = *len;
        let after = lens[i + 1];
        if before == 1 || after == 1 {
            continue;
        }
        // Nor between two vowels: Danish words rarely divide there, loanwords under Danish
        // patterns do ("dashbo-ard").
        let vowel = |c: Option<char>| c.is_some_and(|c| "aeiouyæøåéAEIOUYÆØÅÉ".contains(c));
        if vowel(word.chars().nth(at - 1)) && vowel(word.chars().nth(at)) {
            continue;
        }
        if at >= LEFT_MIN && count - at >= RIGHT_MIN {
            points.push(at);
        }
    }
    points
}

/// The words of the assessment format that are codes: field names and the English values of
/// its enumerations ("done", "stopped", "transparency"). Never hyphenated, and a break in one is
/// always wrong.
pub fn code_words() -> HashSet<String> {
    let mut words = HashSet::new();
    for f in dataetik_core::schema::fields() {
        for part in f.path.split(|c: char| !c.is_alphanumeric()) {
            if !part.is_empty() {
                words.insert(part.to_lowercase());
            }
        }
        for v in f.values {
            for part in v.split(|c: char| !c.is_alphanumeric()) {
                if !part.is_empty() {
                    words.insert(part.to_lowercase());
                }
            }
        }
    }
    words
}

/// Whether a whitespace-separated token is a code as a whole: it holds a digit or one of the
/// characters of paths, addresses, identifiers and markup (`/`, `@`, `_`, `:`, `#`, ...), or a
/// dot inside it ("dataetik.yaml", "principles.transparency").
fn is_code_token(token: &str) -> bool {
    let inner_dot = token
        .trim_end_matches(|c: char| c.is_ascii_punctuation())
        .contains('.');
    inner_dot
        || token.chars().any(|c| {
            c.is_numeric()
                || matches!(
                    c,
                    '/' | '\\'
                        | '@'
                        | '_'
                        | ':'
                        | '#'
                        | '='
                        | '<'
                        | '>'
                        | '{'
                        | '}'
                        | '['
                        | ']'
                        | '|'
                        | '~'
                        | '`'
                        | '$'
                        | '%'
                        | '&'
                        | '+'
                        | '*'
                )
        })
}

/// `text` with soft hyphens at every allowed break of every prose word (see the module
/// documentation); codes and short words are left as they are.
pub fn soft_hyphenate(text: &str, lang: hypher::Lang, codes: &HashSet<String>) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut rest = text;
    while !rest.is_empty() {
        // Whitespace as it is.
        let ws = rest.len() - rest.trim_start().len();
        out.push_str(&rest[..ws]);
        rest = &rest[ws..];
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let token = &rest[..end];
        rest = &rest[end..];
        if token.is_empty() {
            continue;
        }
        if is_code_token(token) {
            out.push_str(token);
            continue;
        }
        // Letters runs between hyphens, quotes and punctuation.
        let mut word_start: Option<usize> = None;
        let flush = |out: &mut String, word: &str| {
            let points = if codes.contains(&word.to_lowercase()) {
                Vec::new()
            } else {
                break_points(word, lang)
            };
            let mut next = points.iter().peekable();
            for (i, c) in word.chars().enumerate() {
                if next.peek() == Some(&&i) {
                    out.push(SHY);
                    next.next();
                }
                out.push(c);
            }
        };
        for (i, c) in token.char_indices() {
            if c.is_alphabetic() {
                word_start.get_or_insert(i);
            } else {
                if let Some(s) = word_start.take() {
                    flush(&mut out, &token[s..i]);
                }
                out.push(c);
            }
        }
        if let Some(s) = word_start {
            flush(&mut out, &token[s..]);
        }
    }
    out
}

/// Keys of the report model whose strings are codes, structure or metadata, never prose.
const NOT_PROSE: [&str; 22] = [
    "id",
    "project_id",
    "principle_id",
    "kind",
    "mark",
    "severity",
    "consequence",
    "status",
    "lang",
    "as_of",
    "svg",
    "url",
    "file",
    "evidence",
    "commit",
    "rule",
    "reference",
    "contact",
    "source",
    "html",
    "meta",
    "labels",
];

/// Adds soft hyphens to every prose string of the model's JSON (in place): in the report's
/// language, or in a Markdown field's own (`lang`). Code spans and blocks, and the keys in
/// [`NOT_PROSE`], are left alone.
pub(crate) fn hyphenate_model(v: &mut serde_json::Value, report_lang: &str) {
    let codes = code_words();
    fn walk(v: &mut serde_json::Value, lang: Option<hypher::Lang>, codes: &HashSet<String>) {
        match v {
            serde_json::Value::String(s) => {
                if let Some(lang) = lang {
                    if s.chars().any(char::is_alphabetic) {
                        *s = soft_hyphenate(s, lang, codes);
                    }
                }
            }
            serde_json::Value::Array(items) => {
                items.iter_mut().for_each(|i| walk(i, lang, codes));
            }
            serde_json::Value::Object(map) => {
                let kind = map.get("kind").and_then(|k| k.as_str());
                if matches!(kind, Some("code" | "code_block")) {
                    return;
                }
                let lang = match map.get("lang").and_then(|l| l.as_str()) {
                    Some(l) => patterns(l),
                    None => lang,
                };
                for (k, child) in map.iter_mut() {
                    if !NOT_PROSE.contains(&k.as_str()) {
                        walk(child, lang, codes);
                    }
                }
            }
            _ => {}
        }
    }
    walk(v, patterns(report_lang), &codes);
}

/// A line break in extracted PDF text that splits a word where it may not be split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadBreak {
    /// 1-based line of the text that ends in the hyphen.
    pub line: usize,
    /// The word as broken: `Analysep-latform`.
    pub broken: String,
    /// Why it is wrong.
    pub why: &'static str,
}

/// Checks every hyphenated line end of `text` (as `pdftotext` writes it: a line ending in a
/// letter and `-` or a soft hyphen, the next line starting with a lower-case letter). A break at
/// a hyphen the text has (`source` holds "AI-forordningen" or "Børne- og") is fine; otherwise the word is
/// rebuilt and the break must be one of [`break_points`] for `lang`, in a word that is not in
/// `codes`. `source` is the text the PDF was made from (the report model's strings), used to
/// tell a hyphen of the text from one added at a break; a word that is not in it is reported.
pub fn bad_breaks(
    text: &str,
    lang: hypher::Lang,
    source: &str,
    codes: &HashSet<String>,
) -> Vec<BadBreak> {
    let lines: Vec<&str> = text.lines().collect();
    let mut bad = Vec::new();
    for (i, pair) in lines.windows(2).enumerate() {
        let (a, b) = (pair[0].trim_end(), pair[1].trim_start());
        let Some(head) = a.strip_suffix('-').or_else(|| a.strip_suffix(SHY)) else {
            continue;
        };
        if !head.chars().next_back().is_some_and(char::is_alphabetic)
            || !b.chars().next().is_some_and(char::is_lowercase)
        {
            continue;
        }
        let left: String = {
            let mut l: Vec<char> = head
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .collect();
            l.reverse();
            l.into_iter().collect()
        };
        let right: String = b.chars().take_while(|c| c.is_alphabetic()).collect();
        let word = format!("{left}{right}");
        let broken = format!("{left}-{right}");
        // A hyphen the text has, at which the line may break.
        let spaced = format!("{left}- {right}");
        if (contains_word(source, &broken) || contains_word(source, &spaced))
            && !contains_word(source, &word)
        {
            continue;
        }
        let why = if codes.contains(&word.to_lowercase()) {
            Some("a code word is broken")
        } else if !contains_word(source, &word) {
            Some("the word is not in the report's text")
        } else if !break_points(&word, lang).contains(&left.chars().count()) {
            Some("not an allowed hyphenation point")
        } else {
            None
        };
        if let Some(why) = why {
            bad.push(BadBreak {
                line: i + 1,
                broken,
                why,
            });
        }
    }
    bad
}

/// Every string of a JSON value (the report model), one a line: the `source` of [`bad_breaks`].
pub fn text_of(v: &serde_json::Value) -> String {
    fn walk(v: &serde_json::Value, out: &mut String) {
        match v {
            serde_json::Value::String(s) => {
                out.push_str(s);
                out.push('\n');
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            serde_json::Value::Object(m) => m.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = String::new();
    walk(v, &mut out);
    out
}

/// Whether `haystack` holds `word` with no letter right before or after it.
fn contains_word(haystack: &str, word: &str) -> bool {
    haystack.match_indices(word).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points(word: &str) -> String {
        let mut out = String::new();
        let p = break_points(word, hypher::Lang::Danish);
        for (i, c) in word.chars().enumerate() {
            if p.contains(&i) {
                out.push('-');
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn danish_points_leave_out_compound_seams_the_patterns_miss() {
        // The patterns alone: Ana-ly-se-p-lat-form, kon-se-kvens-a-na-ly-sen, me-d-ar-bej-de-re.
        assert_eq!(points("Analyseplatform"), "Ana-ly-seplat-form");
        assert_eq!(points("konsekvensanalysen"), "kon-se-kvensana-ly-sen");
        assert_eq!(points("medarbejdere"), "medar-bej-dere");
        assert_eq!(points("udvælgelsesrate"), "ud-væl-gel-ses-rate");
        assert_eq!(points("dashboard"), "dashboard");
        // Short words and abbreviations are not broken.
        assert_eq!(points("borgerne"), "bor-gerne");
        assert_eq!(points("borger"), "borger");
        assert_eq!(points("GDPR"), "GDPR");
        assert_eq!(points("DataEtik"), "DataEtik");
    }

    #[test]
    fn codes_get_no_soft_hyphens() {
        let codes = code_words();
        assert!(codes.contains("done") && codes.contains("transparency"));
        let da = hypher::Lang::Danish;
        for code in [
            "GEN-014",
            "Sag 26/0001",
            "evidence/bias-2026.json",
            "https://lyngdal.dk/dataetik",
            "dataetik@lyngdal.dk",
            "principles.transparency.publication",
            "12,5 mio. kr.",
            "stopped done",
            "dataetik_bias",
        ] {
            assert_eq!(soft_hyphenate(code, da, &codes), code, "{code}");
        }
        let s = soft_hyphenate("Analyseplatformen for AI-forordningen.", da, &codes);
        assert_eq!(
            s.replace(SHY, "|"),
            "Ana|ly|seplat|for|men for AI-for|ord|nin|gen."
        );
    }

    #[test]
    fn the_checker_finds_wrong_breaks() {
        let codes = code_words();
        let da = hypher::Lang::Danish;
        let source = "Analyseplatformen er klar; status done. AI-forordningen gælder.";
        let check = |text: &str| bad_breaks(text, da, source, &codes);
        // Allowed: a pattern point, and a hyphen of the text.
        assert_eq!(check("Analyseplat-\nformen er klar"), vec![]);
        assert_eq!(check("om AI-\nforordningen gælder"), vec![]);
        assert_eq!(
            bad_breaks("Børne-\nog unge", da, "Børne- og unge", &codes),
            vec![]
        );
        // Not a line-end hyphenation: next line starts with a capital or a digit.
        assert_eq!(check("Analyse-\nPlatform"), vec![]);
        // Wrong: the seam the patterns miss, a code word, a word the text does not have.
        let bad = check("Analysep-\nlatformen er klar\nstatus do-\nne.\nkonsekvensa-\nnalysen");
        let got: Vec<(&str, &str)> = bad.iter().map(|b| (b.broken.as_str(), b.why)).collect();
        assert_eq!(
            got,
            vec![
                ("Analysep-latformen", "not an allowed hyphenation point"),
                ("do-ne", "a code word is broken"),
                (
                    "konsekvensa-nalysen",
                    "the word is not in the report's text"
                ),
            ]
        );
        // With the word in the text, the seam is still wrong.
        let bad = bad_breaks("konsekvensa-\nnalysen", da, "konsekvensanalysen", &codes);
        assert_eq!(bad[0].why, "not an allowed hyphenation point");
    }
}
