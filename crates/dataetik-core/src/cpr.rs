//! Recognising Danish CPR numbers in free text, so they never reach a public report or a CI log.
//!
//! A CPR number is written DDMMYY-SSSS, DDMMYY SSSS or as 10 digits; the first six digits are a
//! date. Since 2007 not every number satisfies the old modulus-11 check, so only the date is used.

/// Every place in `text` that looks like a CPR number, as byte ranges, in order.
pub fn find_all(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let boundary_before = |i: usize| i == 0 || !(b[i - 1].is_ascii_digit() || b[i - 1] == b'-');
    let mut found = Vec::new();
    let mut i = 0;
    while i + 10 <= b.len() {
        // Every scalar of every assessment passes here, and most text has few digits: skip
        // eight bytes at a time to the next digit.
        if let Some(chunk) = b.get(i..i + 8) {
            let digits = digit_bytes(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
            if digits == 0 {
                i += 8;
                continue;
            }
            i += (digits.trailing_zeros() / 8) as usize;
        }
        if digit(i)
            && boundary_before(i)
            && (0..6).all(|k| digit(i + k))
            && valid_date(&b[i..i + 6])
        {
            // DDMMYY-SSSS or DDMMYY SSSS
            if matches!(b.get(i + 6), Some(b'-' | b' '))
                && (7..11).all(|k| digit(i + k))
                && !digit(i + 11)
            {
                found.push((i, i + 11));
                i += 11;
                continue;
            }
            // DDMMYYSSSS
            if (6..10).all(|k| digit(i + k)) && !digit(i + 10) {
                found.push((i, i + 10));
                i += 10;
                continue;
            }
        }
        i += 1;
    }
    found
}

/// The high bit of every byte of `word` that is an ASCII digit, and no other bit (byte-wise
/// arithmetic that never carries into the next byte, so the answer is exact).
fn digit_bytes(word: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONE: u64 = 0x0101_0101_0101_0101;
    let low = word & LOW7;
    // High bit set where the low seven bits are at most '9', and where they are above '/'.
    let at_most_nine = (ONE * (0x7f + b':' as u64)).wrapping_sub(low);
    let above_slash = low + ONE * (0x7f - b'/' as u64);
    at_most_nine & above_slash & !word & HIGH
}

/// The first place that looks like a CPR number.
pub fn find(text: &str) -> Option<(usize, usize)> {
    find_all(text).into_iter().next()
}

/// `text` with every CPR-like number replaced by `X`s of the same length.
pub fn mask(text: &str) -> String {
    let found = find_all(text);
    if found.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (start, end) in found {
        out.push_str(&text[last..start]);
        out.push_str(&"X".repeat(end - start));
        last = end;
    }
    out.push_str(&text[last..]);
    out
}

/// Whether six digits DDMMYY are a possible date (the century is unknown, so 29 February is
/// always accepted).
pub(crate) fn valid_date(d: &[u8]) -> bool {
    let n = |a: usize| (d[a] - b'0') as u32 * 10 + (d[a + 1] - b'0') as u32;
    let (day, month) = (n(0), n(2));
    let max = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => 29,
        _ => return false,
    };
    (1..=max).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_form_and_every_occurrence() {
        let t = "fx 010203 1234 eller 010203-1234 og 020304-5678 samt 0102031234.";
        assert_eq!(find_all(t).len(), 4);
        assert_eq!(
            mask(t),
            "fx XXXXXXXXXXX eller XXXXXXXXXXX og XXXXXXXXXXX samt XXXXXXXXXX."
        );
    }

    #[test]
    fn digit_bytes_marks_exactly_the_digits() {
        for b in 0u8..=255 {
            for at in 0..8 {
                let mut bytes = [b'a'; 8];
                bytes[at] = b;
                let expected = if b.is_ascii_digit() {
                    0x80u64 << (8 * at)
                } else {
                    0
                };
                assert_eq!(
                    digit_bytes(u64::from_le_bytes(bytes)),
                    expected,
                    "{b:#x} at {at}"
                );
            }
        }
    }

    #[test]
    fn finds_a_number_at_every_offset_after_any_text() {
        for prefix in ["", "a", "ø", "1", "-", "12345678", "abcdefghijklmno"] {
            for pad in 0..17 {
                let t = format!("{prefix}{}010203-1234 x", "b".repeat(pad));
                let start = prefix.len() + pad;
                let expected =
                    if prefix.ends_with(|c: char| c.is_ascii_digit() || c == '-') && pad == 0 {
                        vec![]
                    } else {
                        vec![(start, start + 11)]
                    };
                assert_eq!(find_all(&t), expected, "{t:?}");
            }
        }
    }

    #[test]
    fn leaves_ordinary_numbers_alone() {
        for t in [
            "Sag 25/1234",
            "telefon 12345678",
            "12345678901",
            "2025-05-12",
            "3102901234",
            "kl. 12 1234",
            "4000 borgere",
        ] {
            assert!(find_all(t).is_empty(), "{t}");
        }
        assert_eq!(mask("Sag 25/1234"), "Sag 25/1234");
    }

    #[test]
    fn first_number_boundaries_and_dates() {
        assert!(find("borger 010190-1234 har").is_some());
        assert!(find("0101901234").is_some());
        assert!(find("3102901234").is_none(), "31 February is not a date");
        assert!(find("Sag 25/1234").is_none());
        assert!(find("telefon 12345678").is_none());
        assert!(
            find("12345678901").is_none(),
            "11 digits is not a CPR number"
        );
        assert!(find("2025-05-12").is_none());
        assert!(find("x 290290-0000 y").is_some());
        assert_eq!(find("a-010190-1234 b"), None, "preceded by a hyphen");
        assert_eq!(find("12 010190-1234"), Some((3, 14)));
        assert_eq!(find("010190-12345"), None);
        assert_eq!(find("x0101901234"), Some((1, 11)));
    }
}
