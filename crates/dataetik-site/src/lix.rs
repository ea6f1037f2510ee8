//! LIX (læsbarhedsindeks), the Scandinavian readability score shown next to each plain-language
//! text: words per sentence plus the share of long words in percent.
//!
//! Counted by `dataetik_core::lix` (the same count as the check's TRA-007); this module adds
//! the grade and the rounding the site shows. Under 35 reads easily, over 45 is hard.

/// The counts behind a LIX score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lix {
    /// The score, rounded to one decimal.
    pub value: f64,
    /// Words counted.
    pub words: usize,
    /// Sentences counted (at least 1).
    pub sentences: usize,
    /// Words of more than 6 letters.
    pub long_words: usize,
}

/// How hard a text is to read, by its LIX.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grade {
    /// Below 35.
    Easy,
    /// 35 to 45.
    Medium,
    /// Above 45.
    Hard,
}

impl Lix {
    /// The grade of the score.
    pub fn grade(&self) -> Grade {
        if self.value < 35.0 {
            Grade::Easy
        } else if self.value <= 45.0 {
            Grade::Medium
        } else {
            Grade::Hard
        }
    }
}

/// Texts shorter than this have no meaningful LIX, and none is shown.
pub const MIN_WORDS: usize = 10;

/// The LIX of `text`, or `None` for a text without words. Counted exactly as the check counts
/// it (TRA-007), so a citizen sees the score the data team was warned about.
pub fn lix(text: &str) -> Option<Lix> {
    let c = dataetik_core::lix::counts(text);
    if c.words == 0 {
        return None;
    }
    let raw =
        c.words as f64 / c.sentences.max(1) as f64 + 100.0 * c.long_words as f64 / c.words as f64;
    Some(Lix {
        value: (raw * 10.0).round() / 10.0,
        words: c.words,
        sentences: c.sentences.max(1),
        long_words: c.long_words,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_reference_counts() {
        // The site's front-page text: 68 words, 5 sentences, 16 long words (lix.py: 37.1).
        let intro = "Her kan du læse om de projekter, hvor kommunen bruger data om borgere, børn, medarbejdere eller virksomheder. For hvert projekt kan du se, hvad det går ud på, og hvilke data det bruger. Du kan også se, om det er en person eller et system, der træffer afgørelsen. Alle projekter er vurderet efter kommunens dataetiske politik. Har du spørgsmål, så skriv til den kontakt, der står ved projektet.";
        let l = lix(intro).unwrap();
        assert_eq!((l.words, l.sentences, l.long_words), (68, 5, 16));
        assert_eq!(l.value, 37.1);
        assert_eq!(l.grade(), Grade::Medium);
        // A colon before a space ends a sentence; »quotes« are ignored (lix.py: 10.0).
        let note = "Ved hver tekst står et LIX-tal. Det viser, hvor let teksten er at læse. Under 35 er let. Over 45 er svært.";
        let l = lix(note).unwrap();
        assert_eq!((l.words, l.sentences, l.long_words), (22, 4, 1));
        assert_eq!(l.value, 10.0);
        assert_eq!(l.grade(), Grade::Easy);
    }

    #[test]
    fn compounds_and_hard_text() {
        let l = lix("AI-forordningen").unwrap();
        assert_eq!((l.words, l.long_words), (1, 1));
        let hard = "Kommunalbestyrelsens databeskyttelsesforordningsimplementeringsstrategi forudsætter tværorganisatorisk koordinering";
        assert_eq!(lix(hard).unwrap().grade(), Grade::Hard);
        assert!(lix("  -- ").is_none());
    }
}
