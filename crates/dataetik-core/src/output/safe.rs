//! Making user text (keys, values, file names, waiver reasons, policy texts) safe to print.
//!
//! Assessments are written by many people and a YAML key can hold any character: a
//! double-quoted key may contain `\r\n::error::…`, `\e[2J` or `\0`. Printed raw, such text can
//! start a GitHub Actions workflow command (the runner treats any line that starts with `::`, or
//! holds `##[`, as a command), rewrite a terminal or a log viewer with escape sequences, or make
//! XML unreadable (XML 1.0 allows no NUL, not even as `&#0;`).
//!
//! [`visible`] turns every control character and every invisible formatting character into a
//! visible escape (`\r`, `\n`, `\u{1b}`), so the text stays readable and nothing is lost; each
//! format then applies its own escaping on top (JSON and XML escaping, the workflow commands'
//! `%0A`). [`defuse_workflow_commands`] is the last pass over human output.

use std::borrow::Cow;

/// True for characters that must not reach an output raw: C0 and C1 controls and DEL (tab is
/// kept: it is plain whitespace everywhere), Unicode line and paragraph separators, and the
/// default-ignorable formatting characters (zero-width spaces and joiners, bidirectional
/// overrides, soft hyphen, byte order mark, variation selectors, tags). The latter are invisible,
/// can reorder what a reviewer sees, and are skipped by culture-sensitive string comparison in
/// .NET (which the Actions runner's command parser uses), so `\u{ad}::error::` could still count
/// as a line starting with `::`.
pub fn is_hazard(c: char) -> bool {
    if c == '\t' {
        return false;
    }
    c.is_control()
        || matches!(c,
            '\u{ad}' | '\u{34f}' | '\u{61c}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}'
            | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}'
            | '\u{ffa0}' | '\u{fff0}'..='\u{fffb}' | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}' | '\u{e0000}'..='\u{e0fff}')
}

/// The byte offset of the first [`is_hazard`] character in `s`. This runs over every string of
/// a 30 MB JSON output, so the usual text is decided without decoding characters: eight bytes
/// at a time while they are printable ASCII, and the lead byte alone for the Danish letters
/// (U+00C0 to U+00FF, lead byte 0xC3, none of them hazards).
pub fn find_hazard(s: &str) -> Option<usize> {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            // Each test sets a byte's high bit where that byte may need a closer look: at or
            // above 0x80, below a space, or DEL (the usual bit tricks; a false alarm can only
            // follow a true one, so the lowest alarm is a byte to look at).
            let below_space = word.wrapping_sub(LOW * 0x20) & !word;
            let delete = (word ^ (LOW * 0x7f)).wrapping_sub(LOW) & !(word ^ (LOW * 0x7f));
            let alarms = (word | below_space | delete) & HIGH;
            if alarms == 0 {
                i += 8;
                continue;
            }
            i += (alarms.trailing_zeros() / 8) as usize;
        }
        let b = bytes[i];
        if b < 0x80 {
            if (b < 0x20 && b != b'\t') || b == 0x7f {
                return Some(i);
            }
            i += 1;
        } else if b == 0xc3 {
            i += 2;
        } else {
            let c = s[i..].chars().next().unwrap_or_default();
            if is_hazard(c) {
                return Some(i);
            }
            i += c.len_utf8().max(1);
        }
    }
    None
}

/// `s` with every [`is_hazard`] character written as a visible escape: `\r`, `\n`, `\0`,
/// otherwise `\u{…}` in hex. Borrowed when there is nothing to escape (the usual case).
pub fn visible(s: &str) -> Cow<'_, str> {
    if find_hazard(s).is_none() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_hazard(c) {
            match c {
                '\r' => out.push_str("\\r"),
                '\n' => out.push_str("\\n"),
                '\0' => out.push_str("\\0"),
                c => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` on one line: whitespace runs (line breaks included) become one space, then every other
/// hazard is escaped. For policy texts written as YAML block scalars (help, waiver reasons).
pub fn one_line(s: &str) -> String {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    visible(&joined).into_owned()
}

/// Makes sure no line of `text` is a GitHub Actions workflow command, whatever user text it
/// holds. The runner (`src/Runner.Common/ActionCommand.cs` in actions/runner) reads a line as a
/// command when, after leading whitespace, it starts with `::` (`TryParseV2`), or when it holds
/// `##[` anywhere (`TryParse`, the older form). A line that would start with `::` gets a `\`
/// in front; `##[` becomes `## [`. ANSI styles at the start of a line are looked through, as
/// they are removed before the text reaches a log that is not a terminal.
pub fn defuse_workflow_commands(text: &str) -> Cow<'_, str> {
    let risky = text.contains("##[") || text.lines().any(starts_command);
    if !risky {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for piece in text.split_inclusive('\n') {
        let line = piece.replace("##[", "## [");
        if starts_command(&line) {
            let indent = line.len() - line.trim_start().len();
            out.push_str(&line[..indent]);
            out.push('\\');
            out.push_str(&line[indent..]);
        } else {
            out.push_str(&line);
        }
    }
    Cow::Owned(out)
}

/// True when `line`, without leading whitespace and ANSI escape sequences, starts with `::`.
fn starts_command(line: &str) -> bool {
    let mut rest = line.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("\u{1b}[") {
            // CSI: parameters, then one final byte in @..~.
            match after.find(|c: char| ('@'..='~').contains(&c)) {
                Some(i) => rest = after[i + 1..].trim_start(),
                None => return false,
            }
        } else {
            return rest.starts_with("::");
        }
    }
}

/// serde_json's pretty printer that also writes [`is_hazard`] characters as `\uXXXX` escapes
/// (serde_json escapes only controls): the data stays exact for a program, and a person who
/// opens or prints the file sees no invisible or reordering characters.
pub struct SafeJson(serde_json::ser::PrettyFormatter<'static>);

impl Default for SafeJson {
    fn default() -> Self {
        SafeJson(serde_json::ser::PrettyFormatter::new())
    }
}

macro_rules! delegate {
    ($($name:ident ( $($arg:ident : $ty:ty),* );)*) => {
        $(fn $name<W: ?Sized + std::io::Write>(&mut self, w: &mut W $(, $arg: $ty)*) -> std::io::Result<()> {
            self.0.$name(w $(, $arg)*)
        })*
    };
}

impl serde_json::ser::Formatter for SafeJson {
    delegate! {
        begin_array();
        end_array();
        begin_array_value(first: bool);
        end_array_value();
        begin_object();
        end_object();
        begin_object_key(first: bool);
        begin_object_value();
        end_object_value();
    }

    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut rest = fragment;
        while let Some(i) = find_hazard(rest) {
            w.write_all(&rest.as_bytes()[..i])?;
            let c = rest[i..].chars().next().unwrap_or_default();
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                write!(w, "\\u{u:04x}")?;
            }
            rest = &rest[i + c.len_utf8()..];
        }
        w.write_all(rest.as_bytes())
    }
}

/// Pretty JSON of `value` through [`SafeJson`].
pub fn to_json_writer<T: serde::Serialize + ?Sized>(
    w: &mut dyn std::io::Write,
    value: &T,
) -> std::io::Result<()> {
    // The serialiser writes many pieces of a few bytes (quotes, commas, indentation); a
    // buffer of its own keeps each of them from being a call through `dyn Write`.
    let mut buffered = std::io::BufWriter::with_capacity(64 * 1024, w);
    let mut ser = serde_json::Serializer::with_formatter(&mut buffered, SafeJson::default());
    value.serialize(&mut ser).map_err(std::io::Error::from)?;
    buffered
        .into_inner()
        .map_err(std::io::IntoInnerError::into_error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_hazard_agrees_with_a_scan_of_every_character() {
        let samples = [
            "",
            "plain ascii",
            "tab\tis fine",
            "ærø og æble",
            "del\u{7f}",
            "a\u{1b}b",
            "æ\u{202e}ø",
            "soft\u{ad}hyphen",
            "emoji 😀 then \u{e0041}",
            "\u{85}next line",
            "\u{feff}bom",
            "eight ok\u{1}",
            "sixteen bytes ok, then DEL\u{7f}",
            "Æblegrød på Ærø med ÅÆØ æøå, så det står klart: \u{ad}",
            "tab\tin\tthe\tmiddle of a long ascii line \u{85}",
            "0123456789abcdef\u{200b}0123456789",
            " !~}|{`_^]\\[@?>=<;:/.-,+*)('&%$#\"",
        ];
        for s in samples {
            assert_eq!(find_hazard(s), s.find(is_hazard), "{s:?}");
        }
    }

    #[test]
    fn find_hazard_finds_a_character_at_every_offset_of_a_chunk() {
        // Every ASCII byte, the edges of the hazard ranges and the Danish letters, at every
        // position of two eight-byte chunks and after a Danish letter.
        let mut probes: Vec<char> = (0u8..0x80).map(char::from).collect();
        probes.extend([
            '\u{80}',
            '\u{9f}',
            '\u{a0}',
            '\u{ac}',
            '\u{ad}',
            '\u{ae}',
            'À',
            'æ',
            'ø',
            'å',
            'ÿ',
            '\u{200b}',
            '\u{202e}',
            '\u{feff}',
            '😀',
            '\u{e0041}',
        ]);
        for probe in probes {
            for at in 0..18 {
                for prefix in ["", "ø"] {
                    let s = format!("{prefix}{}{probe}{}", "a".repeat(at), "b".repeat(9));
                    assert_eq!(find_hazard(&s), s.find(is_hazard), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn controls_become_visible_escapes() {
        assert_eq!(visible("a\r\n::error::b"), "a\\r\\n::error::b");
        assert_eq!(visible("\u{1b}[2J\u{7}\0x"), "\\u{1b}[2J\\u{7}\\0x");
        assert_eq!(
            visible("\u{202e}fdp.exe\u{200b}"),
            "\\u{202e}fdp.exe\\u{200b}"
        );
        assert!(matches!(visible("ærø\tok"), Cow::Borrowed(_)));
        assert_eq!(one_line("a\n  b\u{7}"), "a b\\u{7}");
    }

    #[test]
    fn json_escapes_invisible_characters_and_keeps_the_data() {
        let text = "a\u{202e}b\u{e0041}\u{1b}";
        let mut out = Vec::new();
        to_json_writer(&mut out, &text).unwrap();
        let json = String::from_utf8(out).unwrap();
        assert_eq!(json, "\"a\\u202eb\\udb40\\udc41\\u001b\"");
        assert_eq!(serde_json::from_str::<String>(&json).unwrap(), text);
    }

    #[test]
    fn no_line_starts_a_command() {
        let out = defuse_workflow_commands(
            "ok\n  ::error::x\n\u{1b}[1m::warning::y\u{1b}[0m\nz ##[error]w\n",
        );
        assert_eq!(
            out,
            "ok\n  \\::error::x\n\\\u{1b}[1m::warning::y\u{1b}[0m\nz ## [error]w\n"
        );
    }
}
