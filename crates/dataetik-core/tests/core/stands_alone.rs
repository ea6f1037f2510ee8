//! The repository stands alone: no tracked text file (code, comments, tests, documentation,
//! fixtures, help texts) cites a specification document or a shared folder that lives outside the
//! repository. What a reader needs is said in place or in `docs/`.

use std::path::Path;
use std::process::Command;

/// The words that cite an outside document, built so that this file does not match itself.
fn citations() -> [String; 2] {
    [
        // The upper-case name of a specification document kept outside the repository.
        ["SP", "EC"].concat(),
        // A folder beside the repository.
        ["..", "/", "shared"].concat(),
    ]
}

/// Whether `text` holds `word` as a whole word (not as part of an identifier such as
/// `WORD_LIST` or a longer upper-case word).
fn has_word(text: &str, word: &str) -> bool {
    let is_word_char = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
    })
}

/// Every line of a tracked text file that cites something outside the repository.
fn outside_citations(root: &Path) -> Vec<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["ls-files", "-z"])
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git ls-files: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let [name, shared] = citations();
    let mut found = Vec::new();
    let mut scanned = 0;
    for file in out.stdout.split(|&b| b == 0).filter(|f| !f.is_empty()) {
        let file = String::from_utf8_lossy(file);
        let Ok(bytes) = std::fs::read(root.join(file.as_ref())) else {
            // Listed but absent from the work tree (deleted and not yet committed).
            continue;
        };
        // Binary files (images, fonts, PDFs) are not text a reader reads.
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        if text.contains('\0') {
            continue;
        }
        scanned += 1;
        for (i, line) in text.lines().enumerate() {
            if has_word(line, &name) || line.contains(&shared) {
                found.push(format!("{file}:{}: {}", i + 1, line.trim()));
            }
        }
    }
    assert!(scanned > 100, "the scan read only {scanned} files");
    found
}

#[test]
fn no_tracked_file_cites_documents_outside_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let found = outside_citations(&root);
    assert!(
        found.is_empty(),
        "{} lines cite documents outside the repository; say what they mean in place or point \
         at docs/:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_word_check_skips_identifiers() {
    let [name, _] = citations();
    assert!(has_word(&format!("(see the {name})"), &name));
    assert!(has_word(&format!("{name}'s order"), &name));
    assert!(has_word(&name, &name));
    assert!(!has_word(&format!("{name}_RULES"), &name));
    assert!(!has_word(&format!("{name}IFIC"), &name));
    assert!(!has_word("the spec", &name));
}
