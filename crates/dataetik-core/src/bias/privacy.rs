//! Guards that keep personal data out of everything `dataetik bias` writes or prints.
//!
//! The evidence file is committed to git and the terminal output ends up in CI logs, so a group
//! column that holds CPR numbers (or any other per-person value) must be refused before a single
//! group name is written anywhere, and messages never quote cell values.

use crate::i18n::{format_int, Lang};

/// The smallest `--min-group-size` allowed: groups of fewer than 5 people could identify
/// individuals (the usual floor for publishing small counts).
pub const MIN_GROUP_SIZE_FLOOR: u64 = 5;

/// Whether a cell value holds something that looks like a Danish CPR number: `DDMMYY-SSSS`,
/// `DDMMYY SSSS` (any six digits, then four), or ten digits in a row whose first six are a valid
/// DDMMYY date. The number may be part of a longer text (`"010200-1234 Jens"`), but not part of a
/// longer run of digits.
pub(crate) fn looks_like_cpr(v: &[u8]) -> bool {
    let n = v.len();
    let digit = |i: usize| i < n && v[i].is_ascii_digit();
    (0..n).any(|s| {
        if !digit(s) || (s > 0 && v[s - 1].is_ascii_digit()) || !(s..s + 6).all(digit) {
            return false;
        }
        let sep = s + 6;
        let separated = sep < n
            && (v[sep] == b'-' || v[sep] == b' ')
            && (sep + 1..sep + 5).all(digit)
            && !digit(sep + 5);
        let ten =
            (sep..s + 10).all(digit) && !digit(s + 10) && crate::cpr::valid_date(&v[s..s + 6]);
        separated || ten
    })
}

/// `n` rows: "1 række", "12.345 rækker" / "1 row", "12,345 rows".
pub(crate) fn rows(n: u64, lang: Lang) -> String {
    crate::msg!(
        lang.catalogue(),
        "count-rows",
        n = n,
        shown = format_int(i64::try_from(n).unwrap_or(i64::MAX), lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpr_numbers_in_every_written_form() {
        for v in [
            "010200-1234",
            "010200 1234",
            "0102001234",
            "290299-0000",
            "311299-9999",
            "999999-9999", // separated: any six digits (also replacement numbers)
            "Jens Hansen 010200-1234",
            "cpr:0102001234.",
        ] {
            assert!(looks_like_cpr(v.as_bytes()), "{v}");
        }
        for v in [
            "kvinde",
            "18-29",
            "2000-2999",
            "12345678",
            "3202001234", // day 32
            "0113001234", // month 13
            "3104001234", // 31 April
            "01020012345",
            "1010200-1234",
            "010200-12345",
            "010200-123",
            "",
        ] {
            assert!(!looks_like_cpr(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn singular_and_plural() {
        assert_eq!(rows(1, Lang::Da), "1 række");
        assert_eq!(rows(12345, Lang::Da), "12.345 rækker");
        assert_eq!(rows(0, Lang::En), "0 rows");
        assert_eq!(rows(1, Lang::En), "1 row");
        assert_eq!(
            crate::msg!(Lang::Da.catalogue(), "count-fields", n = 1u64, shown = "1"),
            "1 felt"
        );
    }
}
