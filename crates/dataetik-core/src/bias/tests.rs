//! Tests of `compute` on small CSV files: hand-computed values, parsing details, every error path,
//! and a cross-check against a naive implementation on generated data.

use super::*;
use crate::i18n::Lang;
use std::fmt::Write as _;

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

fn stats<'a>(e: &'a Evidence, group: &str) -> &'a GroupStats {
    e.groups
        .iter()
        .find(|g| g.name() == group)
        .and_then(GroupResult::stats)
        .unwrap_or_else(|| panic!("group {group} not shown"))
}

/// kvinde: 10 rows, 3 selected (SR 0.3); 5 label-positive, 2 of them selected (TPR 0.4).
/// mand: 12 rows, 6 selected (SR 0.5); 6 label-positive, 4 of them selected (TPR 2/3).
/// andet: 2 rows (suppressed). One row with an empty group.
/// By hand: DPD = 0.5 − 0.3 = 0.2; DIR = 0.3 / 0.5 = 0.6; EOD = 2/3 − 0.4 = 0.2667; not passed.
fn hand_csv(delim: char) -> String {
    let mut rows: Vec<(&str, u8, u8)> = Vec::new();
    for (o, l) in [
        (1, 1),
        (1, 1),
        (1, 0),
        (0, 1),
        (0, 1),
        (0, 1),
        (0, 0),
        (0, 0),
        (0, 0),
        (0, 0),
    ] {
        rows.push(("kvinde", o, l));
    }
    for (o, l, times) in [(1, 1, 4), (1, 0, 2), (0, 1, 2), (0, 0, 4)] {
        for _ in 0..times {
            rows.push(("mand", o, l));
        }
    }
    rows.push(("andet", 1, 1));
    rows.push(("andet", 0, 0));
    rows.push(("", 1, 0));
    // Interleave so groups are not contiguous.
    rows.sort_by_key(|r| (r.1, r.2));
    let mut s = format!("\"id\"{delim}\"køn\"{delim}udpeget{delim}\"faktisk\"\n");
    for (i, (g, o, l)) in rows.iter().enumerate() {
        writeln!(s, "{i}{delim}{g}{delim}{o}{delim}{l}").unwrap();
    }
    s
}

#[test]
fn hand_computed_metrics_with_label() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "d.csv", hand_csv(','));
    let mut o = BiasOptions::new(&p, "køn", "udpeget");
    o.label = Some("faktisk".into());
    let e = compute(&o).unwrap();
    assert_eq!(e.input.rows, 25);
    assert_eq!(e.input.empty_group_rows, 1);
    assert_eq!(e.input.file, "d.csv");
    assert_eq!(e.label_column.as_deref(), Some("faktisk"));
    let names: Vec<_> = e.groups.iter().map(GroupResult::name).collect();
    assert_eq!(names, ["andet", "kvinde", "mand"]);
    assert_eq!(
        e.groups[0],
        GroupResult::Suppressed {
            group: "andet".into()
        }
    );
    let k = stats(&e, "kvinde");
    assert_eq!(k.n, 10);
    assert!(close(k.selection_rate, 0.3));
    assert!(close(k.true_positive_rate.unwrap(), 0.4));
    let m = stats(&e, "mand");
    assert_eq!(m.n, 12);
    assert!(close(m.selection_rate, 0.5));
    assert!(close(m.true_positive_rate.unwrap(), 2.0 / 3.0));
    assert!(close(e.metrics.demographic_parity_difference.unwrap(), 0.2));
    assert!(close(e.metrics.disparate_impact_ratio.unwrap(), 0.6));
    assert!(close(
        e.metrics.equal_opportunity_difference.unwrap(),
        2.0 / 3.0 - 0.4
    ));
    assert!(!e.passed);
    assert_eq!(e.threshold, 0.8);
}

#[test]
fn hand_computed_without_label_and_threshold() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "d.csv", hand_csv(';'));
    let mut o = BiasOptions::new(&p, "køn", "udpeget");
    let e = compute(&o).unwrap();
    assert_eq!(e.metrics.equal_opportunity_difference, None);
    assert_eq!(stats(&e, "kvinde").true_positive_rate, None);
    assert!(!e.passed, "0.6 < 0.8");
    o.threshold = 0.6;
    assert!(compute(&o).unwrap().passed, "0.6 ≥ 0.6");
    // The smallest allowed minimum group size (5) still hides `andet` (2 rows); below it the
    // options are refused, so a group of 2 can never be shown.
    o.min_group_size = MIN_GROUP_SIZE_FLOOR;
    let e = compute(&o).unwrap();
    assert_eq!(
        e.groups[0],
        GroupResult::Suppressed {
            group: "andet".into()
        }
    );
    o.min_group_size = 2;
    assert!(matches!(compute(&o), Err(BiasError::InvalidOption { .. })));
}

#[test]
fn sha256_of_the_file_bytes() {
    let dir = tempfile::tempdir().unwrap();
    // printf 'g,o\na,1\na,0\na,1\na,0\na,1\nb,1\nb,1\nb,1\nb,1\nb,1\n' | sha256sum
    let p = write(
        dir.path(),
        "s.csv",
        "g,o\na,1\na,0\na,1\na,0\na,1\nb,1\nb,1\nb,1\nb,1\nb,1\n",
    );
    let mut o = BiasOptions::new(&p, "g", "o");
    o.min_group_size = 5;
    let e = compute(&o).unwrap();
    assert_eq!(
        e.input.sha256,
        "149d2f238cfc20ce4e5eae89f35a425bf194537fec76d2f5c6edc4c5c04a4869"
    );
    assert!(close(e.metrics.disparate_impact_ratio.unwrap(), 0.6));
}

#[test]
fn delimiter_detection_quotes_bom_blank_lines_and_spaces() {
    let dir = tempfile::tempdir().unwrap();
    // BOM, `;` delimiter, a quoted field holding `;` and a newline, spaces around values, a blank
    // line, CRLF line endings.
    let mut s = String::from("\u{feff}id;\"bydel; navn\";køn;udpeget\r\n");
    for i in 0..10 {
        write!(s, "{i};\"Søborg;\nNord\"; kvinde ;{}\r\n", u8::from(i < 5)).unwrap();
        write!(s, "{i};Bagsværd;mand; {} \r\n", u8::from(i < 8)).unwrap();
    }
    s.push_str("\r\n");
    let p = write(dir.path(), "semi.csv", &s);
    let e = compute(&BiasOptions::new(&p, "køn", "udpeget")).unwrap();
    assert_eq!(e.input.rows, 20);
    assert!(close(stats(&e, "kvinde").selection_rate, 0.5));
    assert!(close(stats(&e, "mand").selection_rate, 0.8));
    assert!(close(e.metrics.disparate_impact_ratio.unwrap(), 0.625));
    // Tab-separated.
    let tsv = s.replace(';', "\t");
    let p = write(dir.path(), "t.tsv", tsv);
    let e = compute(&BiasOptions::new(&p, "køn", "udpeget")).unwrap();
    assert!(close(e.metrics.disparate_impact_ratio.unwrap(), 0.625));
    // Given explicitly, a wrong delimiter means one big column: the group column is missing.
    let mut o = BiasOptions::new(dir.path().join("semi.csv"), "køn", "udpeget");
    o.delimiter = Some(b',');
    assert!(matches!(compute(&o), Err(BiasError::MissingColumn { .. })));
}

#[test]
fn other_positive_values_and_reference() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = String::from("gruppe,afgørelse\n");
    for i in 0..20 {
        writeln!(s, "A,{}", if i < 10 { "ja" } else { "nej" }).unwrap();
        writeln!(s, "B,{}", if i < 5 { "ja" } else { "nej" }).unwrap();
    }
    let p = write(dir.path(), "p.csv", s);
    let mut o = BiasOptions::new(&p, "gruppe", "afgørelse");
    o.positive = "ja".into();
    o.reference = Some("A".into());
    let e = compute(&o).unwrap();
    assert_eq!(e.positive, "ja");
    assert!(close(e.metrics.disparate_impact_ratio.unwrap(), 0.5));
    o.reference = Some("a".into());
    match compute(&o) {
        Err(BiasError::BadReference {
            suppressed: false,
            suggestions,
            ..
        }) => {
            assert_eq!(suggestions[0], "A");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn memory_is_per_group_and_too_many_groups_stop_early() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = String::from("id,udpeget\n");
    for i in 0..=MAX_GROUPS {
        writeln!(s, "{i},1").unwrap();
    }
    let p = write(dir.path(), "ids.csv", s);
    match compute(&BiasOptions::new(&p, "id", "udpeget")) {
        Err(e @ BiasError::TooManyGroups { line, .. }) => {
            assert_eq!(line, MAX_GROUPS as u64 + 2);
            assert!(e.message(Lang::En).contains("ids.csv"));
        }
        other => panic!("{other:?}"),
    }
}

// ---- error paths -------------------------------------------------------------------------

fn err(p: &Path, f: impl FnOnce(&mut BiasOptions)) -> BiasError {
    let mut o = BiasOptions::new(p, "køn", "udpeget");
    f(&mut o);
    compute(&o).unwrap_err()
}

#[test]
fn unreadable_missing_and_empty_files() {
    let dir = tempfile::tempdir().unwrap();
    let e = err(&dir.path().join("nope.csv"), |_| {});
    assert!(matches!(e, BiasError::Read { .. }), "{e:?}");
    assert_eq!(
        e.message(Lang::En),
        "nope.csv: cannot read the file: the file does not exist"
    );
    assert_eq!(
        e.message(Lang::Da),
        "nope.csv: filen kan ikke læses: filen findes ikke"
    );
    let e = err(dir.path(), |_| {});
    assert!(matches!(e, BiasError::Read { .. }), "{e:?}");
    assert!(
        e.message(Lang::En)
            .ends_with("it is a directory, not a file"),
        "{e:?}"
    );
    let p = write(dir.path(), "empty.csv", "");
    assert!(matches!(err(&p, |_| {}), BiasError::Empty { .. }));
}

#[test]
fn non_utf8_header_and_row_name_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "latin1.csv", b"id,k\xf8n,udpeget\n1,a,1\n");
    assert_eq!(
        err(&p, |_| {}),
        BiasError::NotUtf8 {
            file: "latin1.csv".into(),
            line: 1
        }
    );
    let p = write(
        dir.path(),
        "latin1b.csv",
        b"id,k\xc3\xb8n,udpeget\n1,a,1\n2,\"b\nc\",1\n3,s\xf8n,1\n",
    );
    let e = err(&p, |_| {});
    assert_eq!(
        e,
        BiasError::NotUtf8 {
            file: "latin1b.csv".into(),
            line: 5
        }
    );
    assert!(e.message(Lang::Da).starts_with("latin1b.csv:5:"));
}

#[test]
fn ragged_rows_name_the_line() {
    let dir = tempfile::tempdir().unwrap();
    // The quoted field spans two lines, so the short row is on line 5, record 4.
    let p = write(
        dir.path(),
        "r.csv",
        "id,køn,udpeget\n1,a,1\n2,\"b\nb\",0\n3,a\n4,a,1\n",
    );
    let e = err(&p, |_| {});
    assert_eq!(
        e,
        BiasError::Ragged {
            file: "r.csv".into(),
            line: 5,
            expected: 3,
            found: 2
        }
    );
    assert!(
        e.message(Lang::En).contains("line 5"),
        "{}",
        e.message(Lang::En)
    );
}

#[test]
fn unterminated_quote_is_ragged_or_reported() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "q.csv",
        "id,køn,udpeget\n1,a,1\n2,\"b,0\n3,a,1\n",
    );
    let e = err(&p, |_| {});
    assert!(matches!(e, BiasError::Ragged { line: 3, .. }), "{e:?}");
}

#[test]
fn missing_and_duplicate_columns() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "c.csv", "id,køn,udpeget,køn2\n1,a,1,x\n");
    match err(&p, |o| o.group = "kon".into()) {
        BiasError::MissingColumn {
            column,
            role,
            suggestions,
            available,
            ..
        } => {
            assert_eq!(column, "kon");
            assert_eq!(role, ColumnRole::Group);
            assert_eq!(suggestions[0], "køn");
            assert_eq!(available, ["id", "køn", "udpeget", "køn2"]);
        }
        other => panic!("{other:?}"),
    }
    match err(&p, |o| o.label = Some("faktsk".into())) {
        BiasError::MissingColumn {
            role: ColumnRole::Label,
            ..
        } => {}
        other => panic!("{other:?}"),
    }
    let p = write(dir.path(), "dup.csv", "køn,køn,udpeget\na,b,1\n");
    assert!(matches!(err(&p, |_| {}), BiasError::DuplicateColumn { .. }));
}

#[test]
fn no_positive_values_count_but_never_show_what_was_found() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "n.csv",
        "køn;udpeget;faktisk\na;ja;0\nb;nej;0\na;ja;0\na;;0\n",
    );
    let e = err(&p, |_| {});
    assert_eq!(
        e,
        BiasError::NoPositive {
            file: "n.csv".into(),
            column: "udpeget".into(),
            column_number: 2,
            delimiter: b';',
            positive: "1".into(),
            distinct: 2,
            more: false,
            empty: 1,
            case_variant: false,
        }
    );
    let da = e.message(Lang::Da);
    let en = e.message(Lang::En);
    assert!(
        da.contains("som har 2 forskellige værdier og 1 tomt felt."),
        "{da}"
    );
    assert!(
        da.contains("`cut -d';' -f2 n.csv | sort | uniq -c`"),
        "{da}"
    );
    assert!(
        en.contains("which has 2 distinct values and 1 empty cell."),
        "{en}"
    );
    for m in [&da, &en] {
        assert!(!m.contains("ja") && !m.contains("nej"), "{m}");
        assert!(m.contains("--positive"), "{m}");
    }
    match err(&p, |o| {
        o.positive = "ja".into();
        o.label = Some("faktisk".into());
    }) {
        e @ BiasError::NoPositive { .. } => {
            let m = e.message(Lang::Da);
            assert!(
                m.contains("kolonnen `faktisk`, som har 1 forskellig værdi."),
                "{m}"
            );
            assert!(m.contains("-f3"), "{m}");
        }
        other => panic!("{other:?}"),
    }
    // `Ja` is not `ja`: say so, still without quoting the value.
    let p = write(dir.path(), "c.csv", "køn,udpeget\na,Ja\nb,Nej\n");
    let e = err(&p, |o| o.positive = "ja".into());
    assert!(
        matches!(
            e,
            BiasError::NoPositive {
                case_variant: true,
                ..
            }
        ),
        "{e:?}"
    );
    let m = e.message(Lang::En);
    assert!(m.contains("upper/lower case") && !m.contains("Ja"), "{m}");
    assert!(m.contains("`cut -d, -f2 c.csv | sort | uniq -c`"), "{m}");
    // Many distinct values: counted up to a limit, never listed.
    let mut s = String::from("køn\tudpeget\n");
    for i in 0..1500 {
        writeln!(s, "a\tx{i}").unwrap();
    }
    let p = write(dir.path(), "my file.tsv", &s);
    let e = err(&p, |_| {});
    let m = e.message(Lang::Da);
    assert!(m.contains("som har over 1.000 forskellige værdier."), "{m}");
    assert!(
        m.contains("`cut -f2 'my file.tsv' | sort | uniq -c`"),
        "{m}"
    );
    assert!(!m.contains("x1"), "{m}");
}

#[test]
fn header_only_file_has_no_data_rows() {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in [("h.csv", "køn,udpeget\n"), ("h2.csv", "køn,udpeget\n\n\n")] {
        let p = write(dir.path(), name, content);
        let e = err(&p, |_| {});
        assert_eq!(e, BiasError::NoRows { file: name.into() });
        assert!(
            e.message(Lang::Da).contains("ingen datarækker"),
            "{}",
            e.message(Lang::Da)
        );
        assert!(e.message(Lang::En).contains("no data rows"));
    }
}

/// Rows of a file whose group column is fine except for one value.
fn groups_with(value: &str) -> String {
    let mut s = String::from("id,køn,udpeget\n");
    for i in 0..20 {
        writeln!(
            s,
            "{i},{},{}",
            if i % 2 == 0 { "kvinde" } else { "mand" },
            i % 3 % 2
        )
        .unwrap();
    }
    writeln!(s, "20,{value},1").unwrap();
    s
}

#[test]
fn cpr_numbers_in_the_group_column_are_refused_without_showing_them() {
    let dir = tempfile::tempdir().unwrap();
    for cpr in [
        "010200-1234",
        "010200 1234",
        "0102001234",
        "\"Jens Hansen, 311299-4321\"",
    ] {
        let p = write(dir.path(), "c.csv", groups_with(cpr));
        let e = err(&p, |_| {});
        assert_eq!(
            e,
            BiasError::CprInGroup {
                file: "c.csv".into(),
                column: "køn".into(),
                line: 22
            },
            "{cpr}"
        );
        let da = e.message(Lang::Da);
        let en = e.message(Lang::En);
        assert!(da.starts_with("c.csv:22: gruppekolonnen `køn` ser ud til at indeholde CPR-numre"));
        assert!(da.contains("vælg en kolonne med grupper som køn eller aldersgruppe"));
        assert!(en.contains("looks like it holds CPR numbers"), "{en}");
        for m in [&da, &en] {
            for part in ["010200", "311299", "1234", "4321", "Jens"] {
                assert!(!m.contains(part), "{part} in {m}");
            }
        }
    }
    // Not CPR numbers: age bands and an 8-digit number are ordinary groups.
    let p = write(dir.path(), "ok.csv", groups_with("18-29"));
    assert!(compute(&BiasOptions::new(&p, "køn", "udpeget")).is_ok());
}

#[test]
fn a_header_row_of_data_is_refused_without_showing_it() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "d.csv",
        "010200-1234;Jens Hansen;1\n020300-2345;Mette;0\n",
    );
    let e = err(&p, |_| {});
    assert_eq!(
        e,
        BiasError::HeaderLooksLikeData {
            file: "d.csv".into()
        }
    );
    for m in [e.message(Lang::Da), e.message(Lang::En)] {
        assert!(!m.contains("1234") && !m.contains("Jens"), "{m}");
        assert!(m.starts_with("d.csv:1:"), "{m}");
    }
}

#[test]
fn id_and_name_columns_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    // 12 names of their own, 10 rows in one shared value: 12 of 22 rows are alone.
    let mut s = String::from("navn,udpeget\n");
    for i in 0..12 {
        writeln!(s, "Person Nummer{i},{}", i % 2).unwrap();
    }
    for i in 0..10 {
        writeln!(s, "Fælles,{}", i % 2).unwrap();
    }
    s.push_str(",1\n"); // empty group rows do not count
    let p = write(dir.path(), "navne.csv", &s);
    let e = compute(&BiasOptions::new(&p, "navn", "udpeget")).unwrap_err();
    assert_eq!(
        e,
        BiasError::IdLikeGroup {
            file: "navne.csv".into(),
            column: "navn".into(),
            distinct: 13,
            singletons: 12,
            rows: 22
        }
    );
    let da = e.message(Lang::Da);
    assert!(
        da.contains("gruppekolonnen `navn` ligner en id- eller navnekolonne: 12 af 22 rækker"),
        "{da}"
    );
    assert!(
        e.message(Lang::En)
            .contains("looks like an id or name column"),
        "{}",
        e.message(Lang::En)
    );
    for m in [da, e.message(Lang::En)] {
        assert!(!m.contains("Person") && !m.contains("Fælles"), "{m}");
    }
    // Exactly half alone is still accepted (and then suppressed as usual).
    let mut s = String::from("navn,udpeget\n");
    for i in 0..11 {
        writeln!(s, "P{i},{}", i % 2).unwrap();
    }
    for i in 0..11 {
        writeln!(s, "{},{}", if i < 6 { "A" } else { "B" }, i % 2).unwrap();
    }
    let p = write(dir.path(), "half.csv", &s);
    let mut o = BiasOptions::new(&p, "navn", "udpeget");
    o.min_group_size = 5;
    assert!(compute(&o).is_ok(), "{:?}", compute(&o));
}

#[test]
fn too_few_groups_and_suppressed_reference() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = String::from("køn,udpeget\n");
    for i in 0..12 {
        writeln!(s, "a,{}", i % 2).unwrap();
    }
    for i in 0..3 {
        writeln!(s, "b,{}", i % 2).unwrap();
    }
    let p = write(dir.path(), "few.csv", &s);
    match err(&p, |_| {}) {
        e @ BiasError::TooFewGroups {
            large_enough: 1,
            total: 2,
            ..
        } => {
            assert!(e.message(Lang::En).contains("only 1 of 2 groups"));
        }
        other => panic!("{other:?}"),
    }
    for _ in 0..10 {
        s.push_str("c,1\n");
    }
    let p = write(dir.path(), "ref.csv", &s);
    let e = err(&p, |o| o.reference = Some("b".into()));
    assert!(
        matches!(
            e,
            BiasError::BadReference {
                suppressed: true,
                ..
            }
        ),
        "{e:?}"
    );
    // The message must not reveal anything about b but its name.
    assert!(
        !e.message(Lang::En).chars().any(|c| c.is_ascii_digit()),
        "{}",
        e.message(Lang::En)
    );
}

#[test]
fn invalid_options() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "x.csv", "køn,udpeget\n");
    assert!(matches!(
        err(&p, |o| o.threshold = 1.5),
        BiasError::InvalidOption { .. }
    ));
    assert!(matches!(
        err(&p, |o| o.threshold = f64::NAN),
        BiasError::InvalidOption { .. }
    ));
    for n in [0, 1, 4] {
        let e = err(&p, |o| o.min_group_size = n);
        assert!(matches!(e, BiasError::InvalidOption { .. }), "{e:?}");
        assert!(
            e.message(Lang::Da)
                .contains("kan gøre det muligt at genkende enkeltpersoner"),
            "{}",
            e.message(Lang::Da)
        );
        assert!(e.message(Lang::En).contains("could identify individuals"));
    }
    // 5 is allowed: the header-only file then fails for its own reason.
    assert!(matches!(
        err(&p, |o| o.min_group_size = 5),
        BiasError::NoRows { .. }
    ));
}

// ---- cross-check against a naive implementation ---------------------------------------------

/// Per group: name and, unless suppressed, (n, selection rate, true-positive rate).
type NaiveGroups = Vec<(String, Option<(u64, f64, f64)>)>;

/// A deliberately simple second implementation: whole file in memory, split on lines and the
/// delimiter (the generated data has no quotes), a BTreeMap of vectors.
fn naive(text: &str, delim: char, n_min: u64) -> (u64, u64, NaiveGroups, [f64; 3]) {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(delim).collect();
    let gi = header.iter().position(|h| *h == "gruppe").unwrap();
    let oi = header.iter().position(|h| *h == "beslutning").unwrap();
    let li = header.iter().position(|h| *h == "sand").unwrap();
    let mut by: std::collections::BTreeMap<String, Vec<(bool, bool)>> = Default::default();
    let (mut rows, mut empty) = (0, 0);
    for line in lines {
        let f: Vec<&str> = line.split(delim).collect();
        rows += 1;
        if f[gi].is_empty() {
            empty += 1;
            continue;
        }
        by.entry(f[gi].to_string())
            .or_default()
            .push((f[oi] == "1", f[li] == "1"));
    }
    let mut out = Vec::new();
    let (mut srs, mut tprs) = (Vec::new(), Vec::new());
    for (g, v) in by {
        if (v.len() as u64) < n_min {
            out.push((g, None));
            continue;
        }
        let sel = v.iter().filter(|x| x.0).count() as f64;
        let pos: Vec<_> = v.iter().filter(|x| x.1).collect();
        let tp = pos.iter().filter(|x| x.0).count() as f64;
        let sr = sel / v.len() as f64;
        let tpr = tp / pos.len() as f64;
        srs.push(sr);
        tprs.push(tpr);
        out.push((g, Some((v.len() as u64, sr, tpr))));
    }
    let max = |v: &[f64]| v.iter().copied().fold(f64::MIN, f64::max);
    let min = |v: &[f64]| v.iter().copied().fold(f64::MAX, f64::min);
    (
        rows,
        empty,
        out,
        [
            max(&srs) - min(&srs),
            min(&srs) / max(&srs),
            max(&tprs) - min(&tprs),
        ],
    )
}

#[test]
fn cross_check_with_naive_implementation_on_generated_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move |m: u64| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) % m
    };
    let groups = ["Ø", "æble", "b", "c d", "e", "lille", ""];
    for (delim, n_min) in [(',', 10u64), (';', 50)] {
        let mut s = format!("id{delim}gruppe{delim}beslutning{delim}sand\n");
        for i in 0..30_000 {
            let gi = match next(10_000) {
                0..=1 => 5,  // "lille": ~6 rows, suppressed
                2..=60 => 6, // empty group
                r => (r % 5) as usize,
            };
            let label = next(10) < 3;
            let p = [30, 35, 40, 25, 33, 50, 20][gi] + if label { 40 } else { 0 };
            let outcome = next(100) < p;
            writeln!(
                s,
                "{i}{delim}{}{delim}{}{delim}{}",
                groups[gi],
                u8::from(outcome),
                u8::from(label)
            )
            .unwrap();
        }
        let p = write(dir.path(), "gen.csv", &s);
        let mut o = BiasOptions::new(&p, "gruppe", "beslutning");
        o.label = Some("sand".into());
        o.min_group_size = n_min;
        let e = compute(&o).unwrap();
        let (rows, empty, groups_naive, m) = naive(&s, delim, n_min);
        assert_eq!(e.input.rows, rows);
        assert_eq!(e.input.empty_group_rows, empty);
        assert_eq!(e.groups.len(), groups_naive.len());
        for (g, (name, naive_stats)) in e.groups.iter().zip(&groups_naive) {
            assert_eq!(g.name(), name);
            match (g, naive_stats) {
                (GroupResult::Shown(s), Some((n, sr, tpr))) => {
                    assert_eq!(s.n, *n);
                    assert!(close(s.selection_rate, *sr));
                    assert!(close(s.true_positive_rate.unwrap(), *tpr));
                }
                (GroupResult::Suppressed { .. }, None) => {}
                other => panic!("{other:?}"),
            }
        }
        assert!(e
            .groups
            .iter()
            .any(|g| matches!(g, GroupResult::Suppressed { .. })));
        assert!(close(
            e.metrics.demographic_parity_difference.unwrap(),
            m[0]
        ));
        assert!(close(e.metrics.disparate_impact_ratio.unwrap(), m[1]));
        assert!(close(e.metrics.equal_opportunity_difference.unwrap(), m[2]));
    }
}
