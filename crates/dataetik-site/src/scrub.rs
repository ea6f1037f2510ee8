//! What the public site never shows: CPR-like numbers, e-mail addresses of persons and internal
//! file paths. Every text taken from an assessment or a commit passes through [`Scrubber::clean`]
//! before it reaches a page or a download, and the finished site is checked again
//! ([`find_leak`]) before it is written.
//!
//! **The e-mail rule.** Only functional mailboxes are published. An address is taken to be a
//! person's when its local part (before `@`) looks like a name or initials:
//! - two or three alphabetic parts joined by `.` or `_` (`jens.hansen@`, `j_p_hansen@`), or
//! - two to four letters only (`jhan@`, `mt@`), unless it is one of a few common functional
//!   words (`data`, `info`, `post`, `dpo`, `hr`, `it`, `mail`, `web`).
//!
//! Everything else (`dataetik@`, `hr-data@`, `pladsanvisning@`, `sundhed.data@`... anything with
//! a digit or a hyphen) counts as functional. A person's address is replaced by a note in the
//! text, and a project whose `owner.contact` is a person's address shows no address at all.
//!
//! **Paths.** Absolute and relative file paths (`/home/...`, `C:\...`, `../x`, `evidence/a.json`)
//! and the project's own `code_paths` are replaced by a note; web addresses are kept.

use dataetik_core::cpr;

/// Short words that are functional mailboxes although they are as short as initials.
const FUNCTIONAL_SHORT: [&str; 8] = ["data", "info", "post", "dpo", "hr", "it", "mail", "web"];

/// File extensions that make a `dir/name.ext` token a file path.
const FILE_EXTENSIONS: [&str; 16] = [
    "yaml", "yml", "json", "csv", "py", "rs", "r", "ipynb", "sql", "xlsx", "docx", "pdf", "txt",
    "parquet", "pkl", "sh",
];

/// Whether `address` is a functional mailbox that may be published (see the module docs).
pub fn is_functional_mailbox(address: &str) -> bool {
    let Some((local, domain)) = address.trim().rsplit_once('@') else {
        return false;
    };
    if local.is_empty() || !domain.contains('.') {
        return false;
    }
    let local = local.to_lowercase();
    let alpha = |s: &str| !s.is_empty() && s.chars().all(char::is_alphabetic);
    let parts: Vec<&str> = local.split(['.', '_']).collect();
    if (2..=3).contains(&parts.len()) && parts.iter().all(|p| alpha(p)) {
        return false;
    }
    let letters = local.chars().count();
    if alpha(&local) && (2..=4).contains(&letters) && !FUNCTIONAL_SHORT.contains(&local.as_str()) {
        return false;
    }
    true
}

/// Cleans texts for publication.
#[derive(Debug, Clone)]
pub struct Scrubber {
    /// The note that replaces a person's e-mail address.
    pub email_note: String,
    /// The note that replaces a file path.
    pub path_note: String,
    /// Paths of the project (its `code_paths`), removed wherever they appear.
    pub code_paths: Vec<String>,
}

impl Scrubber {
    /// Masks CPR-like numbers, removes personal e-mail addresses and file paths.
    pub fn clean(&self, text: &str) -> String {
        let text = cpr::mask(text);
        let text = self.remove_personal_emails(&text);
        self.remove_paths(&text)
    }

    fn remove_personal_emails(&self, text: &str) -> String {
        let is_local = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
        let is_domain = |c: char| c.is_alphanumeric() || ".-".contains(c);
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len());
        let mut i = 0;
        let mut copied = 0; // chars[..copied] are in `out`
        while i < chars.len() {
            if chars[i] != '@' {
                i += 1;
                continue;
            }
            let mut start = i;
            while start > 0 && is_local(chars[start - 1]) {
                start -= 1;
            }
            let mut end = i + 1;
            while end < chars.len() && is_domain(chars[end]) {
                end += 1;
            }
            // A trailing full stop ends the sentence, not the domain.
            while end > i + 1 && chars[end - 1] == '.' {
                end -= 1;
            }
            let address: String = chars[start..end].iter().collect();
            if start < i && end > i + 1 && address.contains('.') && !is_functional_mailbox(&address)
            {
                // Drop a `mailto:` right before the address too.
                let mut cut = start;
                let before: String = chars[start.saturating_sub(7)..start].iter().collect();
                if before.eq_ignore_ascii_case("mailto:") {
                    cut = start - 7;
                }
                out.extend(&chars[copied..cut.max(copied)]);
                out.push_str(&self.email_note);
                copied = end;
            }
            i = end.max(i + 1);
        }
        out.extend(&chars[copied.min(chars.len())..]);
        out
    }

    fn remove_paths(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut token = String::new();
        let flush = |token: &mut String, out: &mut String| {
            if !token.is_empty() {
                out.push_str(&self.clean_token(token));
                token.clear();
            }
        };
        for c in text.chars() {
            if c.is_whitespace() {
                flush(&mut token, &mut out);
                out.push(c);
            } else {
                token.push(c);
            }
        }
        flush(&mut token, &mut out);
        out
    }

    /// One whitespace-delimited token: the path inside surrounding punctuation is replaced.
    fn clean_token(&self, token: &str) -> String {
        let punct = |c: char| "()[]<>\"'`,;:!?*»«“”".contains(c);
        let core = token.trim_matches(punct);
        let core = core.trim_end_matches('.');
        if core.is_empty() || !self.is_path(core) {
            return token.to_string();
        }
        token.replacen(core, &self.path_note, 1)
    }

    fn is_path(&self, s: &str) -> bool {
        if s.contains("://") || s.starts_with("mailto:") || s.contains('@') {
            return false;
        }
        let code_path = self.code_paths.iter().any(|p| {
            let p = p.trim_end_matches('/');
            !p.is_empty() && (s == p || s.starts_with(&format!("{p}/")))
        });
        if code_path {
            return true;
        }
        let b = s.as_bytes();
        if b.len() >= 3 && b[0].is_ascii_alphabetic() && b[1] == b':' && b[2] == b'\\' {
            return true;
        }
        if s.starts_with("\\\\")
            || s.starts_with("~/")
            || s.starts_with("./")
            || s.starts_with("../")
        {
            return true;
        }
        if s.starts_with('/') && s[1..].contains('/') {
            return true;
        }
        if s.contains('/') || s.contains('\\') {
            if let Some((_, ext)) = s.rsplit_once('.') {
                return FILE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str());
            }
        }
        false
    }
}

/// The first thing in a finished page or download that must not be published: a CPR-like
/// number or a person's e-mail address. Found by the same rules as [`Scrubber::clean`].
pub fn find_leak(text: &str) -> Option<String> {
    if let Some((a, b)) = cpr::find(text) {
        return Some(format!("a CPR-like number ({})", cpr::mask(&text[a..b])));
    }
    let probe = Scrubber {
        email_note: "\u{0}".into(),
        path_note: String::new(),
        code_paths: Vec::new(),
    };
    let cleaned = probe.remove_personal_emails(text);
    if cleaned.contains('\u{0}') {
        return Some("a personal e-mail address".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scrubber() -> Scrubber {
        Scrubber {
            email_note: "[e-mail]".into(),
            path_note: "[sti]".into(),
            code_paths: vec!["projects/tidlig-opsporing".into()],
        }
    }

    #[test]
    fn mailboxes() {
        for ok in [
            "dataetik@kommune.dk",
            "hr-data@lyngdal.dk",
            "data@lyngdal.dk",
            "dpo@kommune.dk",
            "sundhed.data2@kommune.dk",
            "hjemmepleje-planlaegning@lyngdal.dk",
        ] {
            assert!(is_functional_mailbox(ok), "{ok}");
        }
        for personal in [
            "jens.hansen@kommune.dk",
            "j_p_hansen@kommune.dk",
            "jhan@kommune.dk",
            "MT@kommune.dk",
        ] {
            assert!(!is_functional_mailbox(personal), "{personal}");
        }
    }

    #[test]
    fn cleans_text() {
        let s = scrubber();
        let text = "Skriv til jens.hansen@kommune.dk eller [ham](mailto:jens.hansen@kommune.dk). \
                    Funktion: data@lyngdal.dk. Kode i projects/tidlig-opsporing/model.py og \
                    /home/jens/noter.txt, data i C:\\data\\x.csv og evidence/a.json. \
                    Se https://example.org/a/b.json og og/eller. CPR 010203-1234.";
        let out = s.clean(text);
        assert!(!out.contains("jens"), "{out}");
        assert!(out.contains("data@lyngdal.dk."), "{out}");
        assert!(out.contains("[ham]([e-mail])"), "{out}");
        assert!(!out.contains("projects/"), "{out}");
        assert!(!out.contains("C:\\"), "{out}");
        assert!(!out.contains("evidence/"), "{out}");
        assert!(out.contains("https://example.org/a/b.json"), "{out}");
        assert!(out.contains("og/eller"), "{out}");
        assert!(!out.contains("010203-1234"), "{out}");
        assert_eq!(find_leak(&out), None);
        assert!(find_leak("mail jens.hansen@kommune.dk").is_some());
        assert!(find_leak("cpr 010203-1234").is_some());
    }
}
