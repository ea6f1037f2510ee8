//! Rule documentation rendered from the policy file: `dataetik explain RULE` and `dataetik rules`.
//!
//! Like ruff's rule pages, the text lives next to the rule's definition (in the policy), so the
//! terminal, SARIF metadata and the report appendix all say the same thing.

use std::fmt::Write as _;

use crate::i18n::{Catalogue, Lang};
use crate::msg;
use crate::policy::{Policy, Rule};

/// The principle's display name with its number: "3. Lighed, saglighed og retfærdighed".
pub fn principle_label(policy: &Policy, id: &str, lang: Lang) -> String {
    match policy.principle(id) {
        Some(p) => match p.number {
            Some(n) => format!("{n}. {}", p.name.get(lang)),
            None => p.name.get(lang).to_string(),
        },
        None => id.to_string(),
    }
}

fn paragraph(out: &mut String, title: &str, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    let _ = writeln!(out, "{title}");
    for line in textwrap(text.trim(), 96) {
        let _ = writeln!(out, "  {line}");
    }
    out.push('\n');
}

/// Paragraphs (separated by a blank line) wrapped at `width` characters, first fit, never
/// inside a word; runs of whitespace and single line breaks are one space; a blank line between
/// paragraphs.
fn textwrap(text: &str, width: usize) -> Vec<String> {
    let options = textwrap::Options::new(width)
        .break_words(false)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
    let mut lines = Vec::new();
    for para in text.split("\n\n") {
        let words = para.split_whitespace().collect::<Vec<_>>().join(" ");
        lines.extend(
            textwrap::wrap(&words, &options)
                .into_iter()
                .filter(|l| !l.is_empty())
                .map(std::borrow::Cow::into_owned),
        );
        lines.push(String::new());
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// The full documentation of one rule.
pub fn explain(policy: &Policy, rule: &Rule, cat: Catalogue) -> String {
    let lang = cat.lang();
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", rule.id, rule.title.get(lang));
    let _ = writeln!(
        out,
        "{}: {} · {}: {}\n",
        msg!(cat, "explain-severity"),
        cat.severity(rule.severity),
        msg!(cat, "explain-principle"),
        principle_label(policy, &rule.principle, lang)
    );
    let what = rule
        .message
        .get(lang)
        .replace(": {field}", "")
        .replace(": {detail}", "")
        .replace("{field}", "")
        .replace("{detail}", "");
    paragraph(&mut out, &msg!(cat, "explain-what"), &what);
    paragraph(&mut out, &msg!(cat, "explain-why"), rule.why.get(lang));
    paragraph(
        &mut out,
        &msg!(cat, "explain-when"),
        rule.fires_when.get(lang),
    );
    paragraph(&mut out, &msg!(cat, "explain-fix"), rule.help.get(lang));
    if let Some(example) = rule.example.as_deref().filter(|e| !e.trim().is_empty()) {
        let _ = writeln!(out, "{}", msg!(cat, "example"));
        for line in example.trim_end().lines() {
            let _ = writeln!(out, "    {line}");
        }
        out.push('\n');
    }
    if rule.builtin {
        let _ = writeln!(out, "{}", msg!(cat, "explain-builtin"));
    }
    out
}

/// A table of every rule: id, severity, principle, title.
pub fn rules_table(policy: &Policy, cat: Catalogue) -> String {
    let lang = cat.lang();
    let mut out = String::new();
    let _ = writeln!(out, "{} ({})\n", policy.name.get(lang), policy.id);
    let (h_id, h_sev, h_pr, h_title) = (
        msg!(cat, "rules-head-rule"),
        msg!(cat, "rules-head-severity"),
        msg!(cat, "rules-head-principle"),
        msg!(cat, "rules-head-title"),
    );
    let _ = writeln!(out, "{h_id:<9} {h_sev:<9} {h_pr:<38} {h_title}");
    for r in &policy.rules {
        let pr: String = principle_label(policy, &r.principle, lang)
            .chars()
            .take(37)
            .collect();
        let _ = writeln!(
            out,
            "{:<9} {:<9} {:<38} {}",
            r.id,
            cat.severity(r.severity),
            pr,
            r.title.get(lang)
        );
    }
    let _ = writeln!(
        out,
        "\n{}",
        msg!(cat, "rules-footer", n = policy.rules.len().to_string())
    );
    out
}

#[cfg(test)]
mod tests {
    /// The greedy wrapping `explain` did by hand before it used the textwrap crate.
    fn by_hand(text: &str, width: usize) -> Vec<String> {
        let mut lines = Vec::new();
        for para in text.split("\n\n") {
            let mut line = String::new();
            for word in para.split_whitespace() {
                if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                    lines.push(std::mem::take(&mut line));
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
            if !line.is_empty() {
                lines.push(line);
            }
            lines.push(String::new());
        }
        while lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        lines
    }

    #[test]
    fn wrapping_is_what_it_was() {
        let policy = crate::policy::Policy::builtin().policy;
        let mut texts: Vec<String> = vec![
            String::new(),
            " \n\n ".into(),
            "ord ".repeat(60),
            format!(
                "kort {} kort\n\n\n\nnæste  afsnit\nsamme afsnit",
                "x".repeat(120)
            ),
            "bindestreg-ord-der-er-langt ".repeat(8),
        ];
        for r in &policy.rules {
            for t in [&r.why, &r.help, &r.fires_when, &r.message] {
                texts.push(t.da.clone());
                texts.push(t.en.clone());
            }
        }
        for t in &texts {
            for width in [20, 96] {
                assert_eq!(
                    super::textwrap(t.trim(), width),
                    by_hand(t.trim(), width),
                    "{t}"
                );
            }
        }
    }
}
