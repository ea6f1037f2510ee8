//! File selection (`check::Selection`): the paths asked for and `--changed-since` narrow the
//! reported files; register-wide rules still see every assessment.

use dataetik_core::check::{SelectError, Selection};

use crate::common::{opts, Reg, AS_OF, COMPLETE};

#[test]
fn paths_narrow_the_report_but_register_rules_see_everything() {
    let r = Reg::new();
    let a = r.write("assessments/a.yaml", COMPLETE);
    r.write("assessments/b.yaml", COMPLETE);
    let everything = Selection::everything().check(&r.reg, &opts(AS_OF)).unwrap();
    assert_eq!(everything.files.len(), 2);

    let one = Selection {
        paths: vec![a.clone()],
        changed_since: None,
    };
    let files = one.files(&r.reg).unwrap();
    assert_eq!(files.to_check.len(), 2, "both files are checked");
    assert_eq!(files.reported.as_deref(), Some(&[a.clone()][..]));
    let result = one.check(&r.reg, &opts(AS_OF)).unwrap();
    assert_eq!(result.files.len(), 1);
    assert_eq!(result.files[0].path, a);
    // Both files hold the same id: the duplicate is found although only a.yaml is reported.
    let gen004 = result.findings().filter(|f| f.rule == "GEN-004").count();
    assert!(gen004 >= 1, "GEN-004 sees b.yaml too");
}

#[test]
fn a_missing_path_and_a_bad_revision_are_errors() {
    let r = Reg::new();
    r.write("assessments/a.yaml", COMPLETE);
    let missing = Selection {
        paths: vec![r.root().join("assessments/findes-ikke.yaml")],
        changed_since: None,
    };
    assert!(matches!(missing.files(&r.reg), Err(SelectError::Config(_))));
    let not_git = Selection {
        paths: Vec::new(),
        changed_since: Some("HEAD".into()),
    };
    assert!(matches!(not_git.files(&r.reg), Err(SelectError::Git(_))));
}

#[test]
fn a_register_without_assessments_selects_nothing() {
    let r = Reg::new();
    std::fs::remove_dir(r.root().join("assessments")).unwrap();
    let files = Selection::everything().files(&r.reg).unwrap();
    assert!(files.to_check.is_empty());
}
