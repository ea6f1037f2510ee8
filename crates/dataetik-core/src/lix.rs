//! LIX (læsbarhedsindeks), the Scandinavian readability index:
//! words per sentence + 100 × long words (more than 6 letters) / words.
//! Below 25 is very easy (children's books), 35–44 ordinary newspaper text, above 45 hard
//! (specialist text), above 55 very hard. TRA-007 and the public register use it.
//!
//! Words are whitespace-separated tokens holding a letter or digit; a word's length counts its
//! letters only. A sentence ends at `.`, `!`, `?` or `:` at the end of a word, and at the end of
//! a paragraph, list item or heading (Markdown), so a list without full stops is not one long
//! sentence.

/// The LIX of `text`, or `None` when it has no words.
pub fn lix(text: &str) -> Option<f64> {
    let c = counts(text);
    (c.words > 0).then(|| {
        let words = c.words as f64;
        words / c.sentences.max(1) as f64 + 100.0 * c.long_words as f64 / words
    })
}

/// What LIX is computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LixCounts {
    /// Words.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Words of more than six letters.
    pub long_words: usize,
}

/// Counts words, sentences and long words.
pub fn counts(text: &str) -> LixCounts {
    let mut c = LixCounts::default();
    // True while a sentence has words that no sentence end has closed yet.
    let mut open = false;
    for line in text.lines() {
        let t = line.trim();
        // A blank line, a list item or a heading starts a new sentence.
        let starts_block = t.is_empty()
            || t.starts_with(['-', '*', '+', '#', '>'])
            || t.split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|ch| ch.is_ascii_digit()));
        if starts_block && open {
            c.sentences += 1;
            open = false;
        }
        for token in t.split_whitespace() {
            let letters = token.chars().filter(|ch| ch.is_alphabetic()).count();
            let digits = token.chars().filter(char::is_ascii_digit).count();
            if letters + digits == 0 {
                continue;
            }
            // A numbered list marker (`1.`) is not a word.
            if letters == 0 && token.ends_with('.') && token.len() <= 4 && !open {
                continue;
            }
            c.words += 1;
            if letters > 6 {
                c.long_words += 1;
            }
            open = true;
            let end = token.trim_end_matches(['"', '\'', ')', ']', '»', '”', '*', '_']);
            if end.ends_with(['.', '!', '?', ':']) {
                c.sentences += 1;
                open = false;
            }
        }
    }
    if open {
        c.sentences += 1;
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.01
    }

    #[test]
    fn hand_computed_danish_examples() {
        // 6 words, 2 sentences, 2 long words (Kommunen, Borgerne): 6/2 + 100*2/6 = 36.33.
        let t = "Kommunen bruger data. Borgerne får besked.";
        assert_eq!(
            counts(t),
            LixCounts {
                words: 6,
                sentences: 2,
                long_words: 2
            }
        );
        assert!(close(lix(t).unwrap(), 36.33), "{:?}", lix(t));
        // One sentence of 13 words, 8 of them long (Projektet, anvender, maskinlæring,
        // forudsigelse, sandsynligheden, langvarig, arbejdsløshed, borgere):
        // 13/1 + 100*8/13 = 74.54.
        let t = "Projektet anvender maskinlæring til forudsigelse af sandsynligheden for \
                 langvarig arbejdsløshed blandt ledige borgere.";
        assert!(close(lix(t).unwrap(), 74.54), "{:?}", lix(t));
        // Æ, ø and å are letters: "størrelse" has 9 letters; "ældre" 5.
        // 4 words, 1 sentence, 1 long: 4 + 25 = 29.
        assert!(close(lix("Ældre borgere får hjælp!").unwrap(), 29.0));
        // A Markdown list without full stops: each item is a sentence.
        // 7 words, 3 sentences, 3 long (Sagsbehandlere, Familier, Forældre):
        // 7/3 + 100*3/7 = 2.33 + 42.86 = 45.19.
        let t = "Sagsbehandlere ser listen\n\n- Familier får tilbud\n- Forældre";
        assert_eq!(
            counts(t),
            LixCounts {
                words: 7,
                sentences: 3,
                long_words: 3
            }
        );
        assert!(close(lix(t).unwrap(), 45.19), "{:?}", lix(t));
        // Numbers are words but never long; list numbers are not words.
        // "1. Der er 4000 borgere." -> 4 words, 1 sentence, 1 long: 4 + 25 = 29.
        assert!(close(lix("1. Der er 4000 borgere.").unwrap(), 29.0));
        assert_eq!(lix(""), None);
        assert_eq!(lix("  - \n"), None);
    }
}
