//! End-to-end tests of `dataetik bias`: the evidence file, the terminal output, suppression,
//! the error paths (exit 2 with file and line), and a larger generated CSV whose numbers were
//! computed independently (scripts/gen_decisions.py in plain Python, and fairlearn 0.15.0 via
//! scripts/fairlearn_check.py) and pasted here.

use std::fmt::Write as _;
use std::path::Path;

use assert_cmd::Command;
use dataetik_core::bias::verify_entry;
use dataetik_core::i18n::Lang;
use predicates::prelude::*;
use serde_json::Value;

fn bias(dir: &Path) -> Command {
    let mut c = Command::new(crate::common::bin_path());
    c.current_dir(dir).arg("bias");
    c
}

fn read_json(p: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

fn keys(v: &Value) -> Vec<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

fn close(a: &Value, b: f64) -> bool {
    (a.as_f64().unwrap() - b).abs() < 1e-12
}

/// The YAML entry printed after the "bias_tests:" line.
fn printed_entry(stdout: &str) -> serde_yaml::Value {
    let start = stdout
        .find("\n- date:")
        .expect("a YAML entry in the output");
    serde_yaml::from_str(&stdout[start + 1..]).unwrap()
}

/// kvinde 20 rows, 5 selected (0.25); mand 20 rows, 6 selected (0.30); sjælden 7 rows,
/// 3 selected (3/7 = 0.428571…, must never be shown); 2 rows without a group.
fn small_csv() -> String {
    let mut s = String::from("id;køn;udpeget\n");
    let mut id = 0;
    for (g, n, sel) in [
        ("kvinde", 20, 5),
        ("mand", 20, 6),
        ("sjælden", 7, 3),
        ("", 2, 1),
    ] {
        for i in 0..n {
            id += 1;
            writeln!(s, "{id};{g};{}", u8::from(i < sel)).unwrap();
        }
    }
    s
}

#[test]
fn writes_evidence_in_the_fixed_shape_and_prints_table_and_entry() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("afgørelser.csv"), small_csv()).unwrap();
    let out = bias(dir.path())
        .args(["afgørelser.csv", "--group", "køn", "--outcome", "udpeget"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let stdout = String::from_utf8(out).unwrap();

    let path = dir.path().join("assessments/evidence/afgørelser.json");
    let v = read_json(&path);
    assert_eq!(
        keys(&v),
        [
            "input",
            "group_column",
            "outcome_column",
            "label_column",
            "positive",
            "groups",
            "metrics",
            "threshold",
            "passed"
        ]
    );
    assert_eq!(
        keys(&v["input"]),
        ["file", "sha256", "rows", "empty_group_rows"]
    );
    assert_eq!(v["input"]["file"], "afgørelser.csv");
    assert_eq!(v["input"]["rows"], 49);
    assert_eq!(v["input"]["empty_group_rows"], 2);
    assert_eq!(v["input"]["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(v["group_column"], "køn");
    assert_eq!(v["outcome_column"], "udpeget");
    assert!(v["label_column"].is_null());
    assert_eq!(v["positive"], "1");
    let groups = v["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 3);
    assert_eq!(
        keys(&groups[0]),
        [
            "group",
            "n",
            "selection_rate",
            "true_positive_rate",
            "suppressed"
        ]
    );
    assert_eq!(groups[0]["group"], "kvinde");
    assert_eq!(groups[0]["n"], 20);
    assert!(close(&groups[0]["selection_rate"], 0.25));
    assert!(groups[0]["true_positive_rate"].is_null());
    assert_eq!(groups[0]["suppressed"], false);
    assert_eq!(
        groups[2],
        serde_json::json!({"group": "sjælden", "suppressed": true})
    );
    assert!(close(&v["metrics"]["demographic_parity_difference"], 0.05));
    assert!(close(&v["metrics"]["disparate_impact_ratio"], 0.25 / 0.3));
    assert!(v["metrics"]["equal_opportunity_difference"].is_null());
    assert_eq!(v["threshold"], 0.8);
    assert_eq!(v["passed"], true);

    assert!(stdout.contains("Udvælgelsesrate"), "{stdout}");
    assert!(stdout.contains("0,833"), "{stdout}");
    assert!(
        stdout.contains("Rækker uden gruppeværdi (ikke med i målene): 2"),
        "{stdout}"
    );
    assert!(stdout.contains("Resultat: bestået"), "{stdout}");
    assert!(
        stdout.contains("assessments/evidence/afgørelser.json"),
        "{stdout}"
    );
    let entry = printed_entry(&stdout);
    assert_eq!(entry[0]["metric"].as_str(), Some("disparate_impact_ratio"));
    assert_eq!(entry[0]["value"].as_f64(), Some(0.83));
    assert_eq!(entry[0]["attributes"][0].as_str(), Some("køn"));
    assert_eq!(
        entry[0]["evidence"].as_str(),
        Some("evidence/afgørelser.json")
    );
    assert_eq!(entry[0]["passed"].as_bool(), Some(true));
    let date = entry[0]["date"].as_str().unwrap();
    assert!(date.parse::<jiff::civil::Date>().is_ok(), "{date}");

    // EQU-006 round trip: the printed entry agrees with the file it cites ...
    verify_entry(&path, "disparate_impact_ratio", "0.83", Some(true)).unwrap();
    // ... and a changed file no longer does.
    let tampered = std::fs::read_to_string(&path)
        .unwrap()
        .replace("\"passed\": true", "\"passed\": false");
    std::fs::write(&path, tampered).unwrap();
    let problems: Vec<String> = verify_entry(&path, "disparate_impact_ratio", "0.83", Some(true))
        .unwrap_err()
        .iter()
        .map(|p| p.text(Lang::En.catalogue()))
        .collect();
    assert!(
        problems[0].contains("evidence says false, entry says true"),
        "{problems:?}"
    );

    // No temporary files left next to the evidence file.
    let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn suppressed_group_is_nowhere_visible() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("d.csv"), small_csv()).unwrap();
    for lang in ["da", "en"] {
        let assert = bias(dir.path())
            .args([
                "--lang",
                lang,
                "d.csv",
                "--group",
                "køn",
                "--outcome",
                "udpeget",
                "--out",
                "ev.json",
            ])
            .assert()
            .success();
        let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
        let json = std::fs::read_to_string(dir.path().join("ev.json")).unwrap();
        // 3/7 and its ratio to the highest rate (0.4286 / 0.3 = 1.4286) in any rounding.
        for needle in [
            "0.43", "0,43", "0.429", "0,429", "0.4286", "1.43", "1,43", "1.429", "1,429",
        ] {
            assert!(!stdout.contains(needle), "{needle} in {stdout}");
            assert!(!json.contains(needle), "{needle} in {json}");
        }
        let line = stdout.lines().find(|l| l.contains("sjælden")).unwrap();
        let hidden = if lang == "da" {
            "skjult (< 10)"
        } else {
            "hidden (< 10)"
        };
        assert_eq!(
            line.split_whitespace().collect::<Vec<_>>().join(" "),
            format!("sjælden {hidden}")
        );
        // The metrics are those of kvinde and mand only.
        let v: Value = serde_json::from_str(&json).unwrap();
        assert!(close(&v["metrics"]["disparate_impact_ratio"], 0.25 / 0.3));
        let g = v["groups"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["group"] == "sjælden")
            .unwrap();
        assert_eq!(keys(g), ["group", "suppressed"]);
    }
}

#[test]
fn options_out_reference_label_positive_delimiter_and_english() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = String::from("sag,gruppe,afgørelse,korrekt\n");
    for i in 0..40 {
        let g = if i % 2 == 0 { "A" } else { "B" };
        let label = if i % 4 < 2 { "ja" } else { "nej" };
        let outcome = if (g == "A" && i < 30) || (g == "B" && i < 20) {
            "ja"
        } else {
            "nej"
        };
        writeln!(s, "{i},{g},{outcome},{label}").unwrap();
    }
    std::fs::write(dir.path().join("x.csv"), &s).unwrap();
    let assert = bias(dir.path())
        .args([
            "--lang",
            "en",
            "x.csv",
            "--group",
            "gruppe",
            "--outcome",
            "afgørelse",
        ])
        .args([
            "--label",
            "korrekt",
            "--positive",
            "ja",
            "--reference",
            "B",
            "--threshold",
            "0.6",
        ])
        .args(["--delimiter", ",", "--out", "out/dir/e.json"])
        .assert()
        .success();
    let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    let v = read_json(&dir.path().join("out/dir/e.json"));
    // A: 15 of 20 selected (0.75); B: 10 of 20 (0.5). Label-positive (i % 4 < 2): A rows 0,4,..,28 → 8
    // selected of 10... computed by hand: A label-positive i ∈ {0,4,…,36}: 10 rows, selected i < 30 → 8;
    // B label-positive i ∈ {1,5,…,37}: 10 rows, selected i < 20 → 5.
    assert_eq!(v["label_column"], "korrekt");
    assert_eq!(v["positive"], "ja");
    assert!(close(&v["metrics"]["disparate_impact_ratio"], 0.5 / 0.75));
    assert!(close(
        &v["metrics"]["equal_opportunity_difference"],
        0.8 - 0.5
    ));
    assert_eq!(v["passed"], false, "EOD 0.3 > 0.1");
    assert_eq!(v["threshold"], 0.6);
    assert!(stdout.contains("Ratio to B"), "{stdout}");
    assert!(stdout.contains("Result: NOT passed"), "{stdout}");
    assert!(stdout.contains("TPR"), "{stdout}");
    let entry = printed_entry(&stdout);
    assert_eq!(entry[0]["evidence"].as_str(), Some("../out/dir/e.json"));
    assert_eq!(entry[0]["value"].as_f64(), Some(0.67));
    assert_eq!(entry[0]["threshold"].as_f64(), Some(0.6));
    assert_eq!(entry[0]["mitigation"].as_str(), Some(""));
}

// ---- the larger generated CSV, checked against independent computations -----------------------

/// The generator of scripts/gen_decisions.py, reproduced byte for byte (the sha256 proves it).
fn generate(rows: u64, seed: u64, d: char) -> String {
    let mut state = seed;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        state >> 33
    };
    let groups = [
        (4800, "kvinde", 600, 50),
        (9600, "mand", 700, 60),
        (9603, "andet", 900, 100),
        (9650, "", 500, 50),
        (10000, "ikke oplyst", 650, 40),
    ];
    let ages = ["18-29", "30-49", "50-66", "67+"];
    let areas = ["Søborg", "Bagsværd", "\"Mørkhøj, Nord\""];
    let mut s = format!("id{d}køn{d}aldersgruppe{d}bydel{d}udpeget{d}faktisk\n");
    for i in 1..=rows {
        let r = next() % 10000;
        let &(_, name, p_pos, p_neg) = groups.iter().find(|g| r < g.0).unwrap();
        let age = ages[(next() % 4) as usize];
        let area = areas[(next() % 3) as usize];
        let label = u8::from(next() % 100 < 30);
        let outcome = u8::from(next() % 1000 < if label == 1 { p_pos } else { p_neg });
        writeln!(s, "{i}{d}{name}{d}{age}{d}{area}{d}{outcome}{d}{label}").unwrap();
    }
    s
}

#[test]
fn generated_csv_agrees_with_python_and_fairlearn() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("gen.csv"), generate(20_000, 7, ',')).unwrap();
    bias(dir.path())
        .args([
            "gen.csv",
            "--group",
            "køn",
            "--outcome",
            "udpeget",
            "--label",
            "faktisk",
            "--out",
            "gen.json",
        ])
        .assert()
        .success();
    let v = read_json(&dir.path().join("gen.json"));
    // python3 scripts/gen_decisions.py --rows 20000 --seed 7 > gen.csv
    // python3 scripts/gen_decisions.py --metrics gen.csv --label faktisk
    assert_eq!(
        v["input"]["sha256"],
        "6fc47c305cc29c6ae6fb8ad52a5308b18fda83164c0895c5d2e272fc9e09e800"
    );
    assert_eq!(v["input"]["rows"], 20000);
    assert_eq!(v["input"]["empty_group_rows"], 80);
    let g = &v["groups"];
    assert_eq!(
        g[0],
        serde_json::json!({"group": "andet", "suppressed": true})
    );
    let expected = [
        ("ikke oplyst", 647, 0.21792890262751158, 0.6391752577319587),
        ("kvinde", 9508, 0.2158182583087926, 0.5948968891995806),
        ("mand", 9760, 0.24979508196721312, 0.7056187521544295),
    ];
    for (i, (name, n, sr, tpr)) in expected.into_iter().enumerate() {
        assert_eq!(g[i + 1]["group"], name);
        assert_eq!(g[i + 1]["n"], n);
        assert!(close(&g[i + 1]["selection_rate"], sr));
        assert!(close(&g[i + 1]["true_positive_rate"], tpr));
    }
    // The same three numbers from the Python script and from fairlearn 0.15.0
    // (scripts/fairlearn_check.py gen.csv , 10).
    let m = &v["metrics"];
    assert!(close(
        &m["demographic_parity_difference"],
        0.03397682365842053
    ));
    assert!(close(&m["disparate_impact_ratio"], 0.863981214558579));
    assert!(close(
        &m["equal_opportunity_difference"],
        0.11072186295484887
    ));
    assert_eq!(v["passed"], false, "EOD 0.111 > 0.1");

    // `;`-separated, detected; no label; a larger minimum group size also hides `ikke oplyst`? No:
    // it has 723 rows here; 700 keeps it and still hides `andet`.
    std::fs::write(dir.path().join("gen-b.csv"), generate(20_000, 11, ';')).unwrap();
    bias(dir.path())
        .args([
            "gen-b.csv",
            "--group",
            "køn",
            "--outcome",
            "udpeget",
            "--min-group-size",
            "700",
            "--out",
            "b.json",
        ])
        .assert()
        .success();
    let v = read_json(&dir.path().join("b.json"));
    // python3 scripts/gen_decisions.py --rows 20000 --seed 11 --delimiter ';'; --metrics ... --min-group-size 700
    assert_eq!(
        v["input"]["sha256"],
        "51ad56fc0e952c8274753505a79dd9d8b7f63c53354bbc767308540e83f47afb"
    );
    assert_eq!(v["input"]["empty_group_rows"], 88);
    assert_eq!(
        v["groups"][0],
        serde_json::json!({"group": "andet", "suppressed": true})
    );
    assert_eq!(v["groups"][1]["n"], 723);
    assert_eq!(v["groups"][2]["n"], 9630);
    assert_eq!(v["groups"][3]["n"], 9556);
    let m = &v["metrics"];
    assert!(close(
        &m["demographic_parity_difference"],
        0.0409777941212906
    ));
    assert!(close(&m["disparate_impact_ratio"], 0.8371115638007267));
    assert!(m["equal_opportunity_difference"].is_null());
    assert_eq!(v["passed"], true);
}

// ---- errors: exit 2, "error: ", file and line ------------------------------------------------

fn fails(dir: &Path, file: &str, content: &[u8], extra: &[&str]) -> String {
    std::fs::write(dir.join(file), content).unwrap();
    let assert = bias(dir)
        .args([file, "--group", "køn", "--outcome", "udpeget"])
        .args(extra)
        .assert()
        .code(2)
        .stdout("");
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.starts_with("fejl: ") || stderr.starts_with("error: "),
        "{stderr}"
    );
    assert!(
        !dir.join("assessments").exists(),
        "no evidence written on error"
    );
    stderr
}

#[test]
fn error_missing_column_suggests_close_names() {
    let dir = tempfile::tempdir().unwrap();
    let e = fails(
        dir.path(),
        "d.csv",
        "id,kon,udpeget\n1,a,1\n".as_bytes(),
        &[],
    );
    assert!(
        e.contains("d.csv:1:") && e.contains("`køn`") && e.contains("mente du `kon`?"),
        "{e}"
    );
    let e = fails(
        dir.path(),
        "d.csv",
        "id,kon,udpeget\n1,a,1\n".as_bytes(),
        &["--lang", "en"],
    );
    assert!(e.contains("did you mean `kon`?"), "{e}");
}

/// Every file under `dir` except `input`, with its content (to prove a secret was written nowhere).
fn files_except(dir: &Path, input: &str) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else if p != dir.join(input) {
                out.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
    }
    out
}

/// Runs `dataetik bias` on `content` in both languages, expects exit 2, and checks that none of
/// `secrets` appears in stdout, stderr or any file written. Returns the Danish and English stderr.
fn fails_without_revealing(content: &str, args: &[&str], secrets: &[&str]) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("data.csv"), content).unwrap();
    let mut messages = Vec::new();
    for lang in ["da", "en"] {
        let assert = bias(dir.path())
            .args(["--lang", lang, "data.csv"])
            .args(args)
            .assert()
            .code(2)
            .stdout("");
        let out = assert.get_output();
        let stderr = String::from_utf8(out.stderr.clone()).unwrap();
        assert!(
            stderr.starts_with(if lang == "da" { "fejl: " } else { "error: " }),
            "{stderr}"
        );
        for secret in secrets {
            assert!(!stderr.contains(secret), "{secret} in {stderr}");
        }
        messages.push(stderr);
    }
    let written = files_except(dir.path(), "data.csv");
    assert!(
        written.is_empty(),
        "nothing is written on error: {written:?}"
    );
    let en = messages.pop().unwrap();
    (messages.pop().unwrap(), en)
}

#[test]
fn error_no_positive_values_never_quotes_the_data() {
    // The outcome column holds CPR numbers and names by mistake (a wrong --outcome).
    let mut s = String::from("køn;navn;cpr\n");
    for (g, name, cpr) in [
        ("kvinde", "Jens Hansen", "010200-1234"),
        ("mand", "Mette Frederiksen", "020300-2345"),
        ("kvinde", "Ole Olsen", "0304051234"),
    ] {
        writeln!(s, "{g};{name};{cpr}").unwrap();
    }
    let secrets = [
        "Jens",
        "Hansen",
        "Mette",
        "Ole",
        "010200",
        "020300",
        "0304051234",
        "1234",
        "2345",
    ];
    for outcome in ["navn", "cpr"] {
        let (da, en) =
            fails_without_revealing(&s, &["--group", "køn", "--outcome", outcome], &secrets);
        assert!(
            da.contains(&format!(
                "ingen rækker har den positive værdi `1` i kolonnen `{outcome}`, som har 3 \
                 forskellige værdier."
            )),
            "{da}"
        );
        assert!(!da.contains("fundne værdier"), "{da}");
        assert!(da.contains("--positive"), "{da}");
        assert!(da.contains("uniq -c"), "{da}");
        assert!(
            en.contains(&format!(
                "no row has the positive value `1` in the column `{outcome}`, which has 3 \
                 distinct values."
            )),
            "{en}"
        );
    }
    // The same for the label column.
    let (da, _) = fails_without_revealing(
        "køn,udpeget,facit\na,1,Jens Hansen\nb,0,Jens Hansen\n",
        &["--group", "køn", "--outcome", "udpeget", "--label", "facit"],
        &["Jens", "Hansen"],
    );
    assert!(
        da.contains("kolonnen `facit`, som har 1 forskellig værdi."),
        "{da}"
    );
}

#[test]
fn error_cpr_numbers_as_groups_are_refused_and_written_nowhere() {
    for (delim, cpr) in [
        (';', "010200-1234"),
        (';', "010200 1234"),
        (',', "0102001234"),
    ] {
        let mut s = format!("id{delim}køn{delim}udpeget\n");
        for i in 0..30 {
            let g = if i % 2 == 0 { "kvinde" } else { "mand" };
            writeln!(s, "{i}{delim}{g}{delim}{}", i % 3 % 2).unwrap();
        }
        // One CPR number in the group column (a typing error), among ordinary groups.
        writeln!(s, "30{delim}{cpr}{delim}1").unwrap();
        let (da, en) = fails_without_revealing(
            &s,
            &["--group", "køn", "--outcome", "udpeget"],
            &[cpr, "010200", "1234"],
        );
        assert!(
            da.starts_with(
                "fejl: data.csv:32: gruppekolonnen `køn` ser ud til at indeholde CPR-numre"
            ),
            "{da}"
        );
        assert!(
            da.contains("vælg en kolonne med grupper som køn eller aldersgruppe"),
            "{da}"
        );
        assert!(
            en.contains(
                "the group column `køn` looks like it holds CPR numbers (the first on line 32; \
                 the value is not shown): choose a column with groups such as køn or aldersgruppe"
            ),
            "{en}"
        );
    }
    // A whole column of CPR numbers: refused at its first row.
    let mut s = String::from("cpr,udpeget\n");
    for i in 1..=28 {
        writeln!(s, "{i:02}0190-{:04},{}", 1000 + i, i % 2).unwrap();
    }
    let (da, _) = fails_without_revealing(
        &s,
        &["--group", "cpr", "--outcome", "udpeget"],
        &["0190", "-10"],
    );
    assert!(
        da.starts_with("fejl: data.csv:2: gruppekolonnen `cpr`"),
        "{da}"
    );
}

#[test]
fn error_name_or_id_column_as_groups() {
    let mut s = String::from("navn,udpeget\n");
    let names = [
        "Jens Hansen",
        "Mette Frederiksen",
        "Ole Olsen",
        "Karen Jensen",
        "Hans Nielsen",
        "Anne Larsen",
        "Peter Madsen",
    ];
    for (i, n) in names.iter().enumerate() {
        writeln!(s, "{n},{}", i % 2).unwrap();
    }
    for i in 0..6 {
        writeln!(s, "Ukendt,{}", i % 2).unwrap();
    }
    let (da, en) = fails_without_revealing(
        &s,
        &["--group", "navn", "--outcome", "udpeget"],
        &["Jens", "Mette", "Hansen", "Ukendt"],
    );
    assert!(
        da.contains(
            "gruppekolonnen `navn` ligner en id- eller navnekolonne: 7 af 13 rækker har en \
             værdi, som ingen andre har (8 forskellige værdier)"
        ),
        "{da}"
    );
    assert!(en.contains("looks like an id or name column"), "{en}");
}

#[test]
fn error_header_only_file_has_no_data_rows() {
    let (da, en) = fails_without_revealing(
        "køn;udpeget\n",
        &["--group", "køn", "--outcome", "udpeget"],
        &[],
    );
    assert!(da.contains("filen har ingen datarækker"), "{da}");
    assert!(!da.contains("fundne værdier") && !da.contains("()"), "{da}");
    assert!(en.contains("the file has no data rows"), "{en}");
}

#[test]
fn error_min_group_size_below_5_is_refused() {
    for n in ["0", "1", "4"] {
        let (da, en) = fails_without_revealing(
            &small_csv(),
            &[
                "--group",
                "køn",
                "--outcome",
                "udpeget",
                "--min-group-size",
                n,
            ],
            &[],
        );
        assert!(
            da.contains(&format!(
                "--min-group-size skal være mindst 5, ikke {n}: grupper med færre end 5 personer \
                 kan gøre det muligt at genkende enkeltpersoner"
            )),
            "{da}"
        );
        assert!(en.contains("could identify individuals"), "{en}");
    }
    // 5 is the floor and allowed: `sjælden` (7 rows) is then shown.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("d.csv"), small_csv()).unwrap();
    bias(dir.path())
        .args(["d.csv", "--group", "køn", "--outcome", "udpeget"])
        .args(["--min-group-size", "5", "--out", "e.json"])
        .assert()
        .success();
    let v = read_json(&dir.path().join("e.json"));
    assert_eq!(v["groups"][2]["n"], 7);
}

#[test]
fn danish_wording_and_numbers_in_table_and_entry() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = String::from("køn;udpeget;faktisk\n");
    for i in 0..1200 {
        let g = if i % 2 == 0 { "kvinde" } else { "mand" };
        writeln!(s, "{g};{};{}", u8::from(i % 5 < 2), u8::from(i % 3 == 0)).unwrap();
    }
    std::fs::write(dir.path().join("d.csv"), &s).unwrap();
    let run = |lang: &str| {
        let assert = bias(dir.path())
            .args([
                "--lang",
                lang,
                "d.csv",
                "--group",
                "køn",
                "--outcome",
                "udpeget",
            ])
            .args(["--label", "faktisk", "--out", "e.json"])
            .assert()
            .success();
        String::from_utf8(assert.get_output().stdout.clone()).unwrap()
    };
    let da = run("da");
    assert!(
        da.contains("(1.200 rækker; gruppe `køn`, udfald `udpeget` = 1, facit `faktisk`)"),
        "{da}"
    );
    assert!(da.contains("Andel fundet"), "{da}");
    assert!(
        da.contains(
            "Andel fundet: andelen af de reelt positive, som blev udpeget (true positive rate)."
        ),
        "{da}"
    );
    assert!(
        da.contains("Forskel i andel fundet (equal opportunity):"),
        "{da}"
    );
    assert!(
        da.contains("Forholdstal mellem laveste og højeste udvælgelsesrate (disparate impact):"),
        "{da}"
    );
    for english in ["TPR", "label", "Lige muligheder", "Disparate impact ratio"] {
        assert!(!da.contains(english), "{english} in {da}");
    }
    let entry = printed_entry(&da);
    let method = entry[0]["method"].as_str().unwrap();
    assert!(method.contains("(1.200 rækker, sha256 "), "{method}");
    assert!(
        !method.contains("1200") && !method.contains("0."),
        "{method}"
    );
    assert!(method.contains("(equal opportunity): 0,"), "{method}");

    let en = run("en");
    assert!(
        en.contains("(1,200 rows; group `køn`, outcome `udpeget` = 1, label `faktisk`)"),
        "{en}"
    );
    assert!(en.contains("TPR: the share of the truly positive"), "{en}");
    assert!(
        en.contains("Disparate impact ratio: lowest / highest selection rate"),
        "{en}"
    );
    let entry = printed_entry(&en);
    let method = entry[0]["method"].as_str().unwrap();
    assert!(method.contains("(1,200 rows, sha256 "), "{method}");
}

#[test]
fn one_hidden_group_is_flagged_in_the_output() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("d.csv"), small_csv()).unwrap();
    let assert = bias(dir.path())
        .args(["d.csv", "--group", "køn", "--outcome", "udpeget"])
        .assert()
        .success();
    let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(
        stdout.contains("Bemærk: der er præcis én skjult gruppe, så dens størrelse kan regnes ud af rækketallene."),
        "{stdout}"
    );
    assert!(
        stdout.contains("I evidensfilen står skjulte grupper kun med navn."),
        "{stdout}"
    );
}

#[test]
fn error_not_utf8_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let e = fails(
        dir.path(),
        "l.csv",
        b"k\xc3\xb8n,udpeget\na,1\nb\xf8,1\n",
        &["--lang", "en"],
    );
    assert!(e.contains("l.csv:3:") && e.contains("not UTF-8"), "{e}");
}

#[test]
fn error_ragged_row_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let e = fails(
        dir.path(),
        "r.csv",
        "køn;udpeget\na;1\na;1;x\n".as_bytes(),
        &[],
    );
    assert!(
        e.contains("r.csv:3:") && e.contains("linje 3") && e.contains("har 3 felter, men"),
        "{e}"
    );
    let e = fails(dir.path(), "r.csv", "køn;udpeget\na;1\na\n".as_bytes(), &[]);
    assert!(e.contains("har 1 felt, men overskriften har 2"), "{e}");
    let e = fails(
        dir.path(),
        "r.csv",
        "køn;udpeget\na;1\na\n".as_bytes(),
        &["--lang", "en"],
    );
    assert!(e.contains("has 1 field but the header has 2"), "{e}");
}

#[test]
fn error_unreadable_and_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let assert = bias(dir.path())
        .args(["nope.csv", "--group", "køn", "--outcome", "udpeget"])
        .assert()
        .code(2);
    let e = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        e.starts_with("fejl: nope.csv: ") && e.contains("kan ikke læses"),
        "{e}"
    );
    std::fs::create_dir(dir.path().join("adir")).unwrap();
    bias(dir.path())
        .args(["adir", "--group", "køn", "--outcome", "udpeget"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("fejl: adir: "));
}

#[test]
fn error_too_few_groups_and_bad_reference() {
    let dir = tempfile::tempdir().unwrap();
    let e = fails(
        dir.path(),
        "f.csv",
        "køn,udpeget\na,1\na,0\nb,0\nb,1\n".as_bytes(),
        &["--lang", "en"],
    );
    assert!(
        e.contains("only 0 of 2 groups in `køn` have at least 10 rows"),
        "{e}"
    );
    let e = fails(
        dir.path(),
        "f.csv",
        "køn,udpeget\na,1\na,0\n".as_bytes(),
        &[],
    );
    assert!(
        e.contains("kun 0 af 1 gruppe i `køn` har mindst 10 rækker"),
        "{e}"
    );
    let e = fails(
        dir.path(),
        "s.csv",
        small_csv().as_bytes(),
        &["--reference", "kvinda", "--lang", "en"],
    );
    assert!(e.contains("did you mean `kvinde`?"), "{e}");
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("d.csv"), small_csv()).unwrap();
    for extra in [
        &["--threshold", "2"][..],
        &["--min-group-size", "0"],
        &["--min-group-size", "4"],
        &["--delimiter", ";;"],
    ] {
        bias(dir.path())
            .args(["d.csv", "--group", "køn", "--outcome", "udpeget"])
            .args(extra)
            .assert()
            .code(2);
    }
    bias(dir.path())
        .args(["d.csv", "--group", "køn"])
        .assert()
        .code(2);
    // --out must never overwrite the data itself.
    bias(dir.path())
        .args([
            "d.csv",
            "--group",
            "køn",
            "--outcome",
            "udpeget",
            "--out",
            "./d.csv",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--out"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("d.csv")).unwrap(),
        small_csv()
    );
}

#[test]
fn help_explains_the_metrics() {
    let dir = tempfile::tempdir().unwrap();
    bias(dir.path())
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("fairlearn"))
        .stdout(predicate::str::contains("four-fifths"))
        .stdout(predicate::str::contains("demographic_parity_ratio"))
        .stdout(predicate::str::contains("equal_opportunity_difference"))
        .stdout(predicate::str::contains("--min-group-size"))
        .stdout(predicate::str::contains(
            "At least 5: smaller groups could identify individuals",
        ))
        .stdout(predicate::str::contains("by name only"))
        .stdout(predicate::str::contains("looks like a CPR number"))
        .stdout(predicate::str::contains(
            "Messages never quote values from the data",
        ))
        .stdout(predicate::str::contains("So when exactly one group"))
        .stdout(predicate::str::contains("Merge tiny groups"));
}
