//! The `chronicle extract` command as a user runs it: real binary, real files.

use std::process::Command;

use chronicle::export::json::Document;

fn chronicle() -> Command {
    Command::new(env!("CARGO_BIN_EXE_chronicle"))
}

fn sample_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample/us-russia-syria-third-call.md")
}

#[test]
fn extract_prints_one_json_document_with_the_article_and_its_reference_date() {
    let output = chronicle().arg("extract").arg(sample_path()).output().expect("run chronicle");
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    let document: Document = serde_json::from_slice(&output.stdout).expect("valid JSON document");
    assert_eq!(document.articles.len(), 1);
    let article = &document.articles[0];
    assert_eq!(article.title, "US, Russian Presidents discuss Syria crisis in third phone call");
    assert_eq!(article.reference_date.map(|d| d.to_string()).as_deref(), Some("2017-05-02"));
    assert_eq!(article.reference_date_source, Some(chronicle::model::ReferenceSource::Metadata));
    for timex in &document.timexes {
        assert!(timex.start < timex.end && !timex.text.is_empty());
    }
}

#[test]
fn reference_date_flag_overrides_the_articles_own() {
    let output = chronicle()
        .args(["extract", "--reference-date", "2020-02-29"])
        .arg(sample_path())
        .output()
        .expect("run chronicle");
    let document: Document = serde_json::from_slice(&output.stdout).expect("valid JSON document");
    assert_eq!(document.articles[0].reference_date.map(|d| d.to_string()).as_deref(), Some("2020-02-29"));
    assert_eq!(document.articles[0].reference_date_source, Some(chronicle::model::ReferenceSource::User));
}

#[test]
fn stats_go_to_stderr_and_leave_stdout_json() {
    let output = chronicle().args(["extract", "--stats"]).arg(sample_path()).output().expect("run chronicle");
    let stderr = String::from_utf8_lossy(&output.stderr);
    for field in ["bytes:", "articles: 1", "events:", "seconds:", "MB/s:"] {
        assert!(stderr.contains(field), "missing {field} in {stderr}");
    }
    assert!(serde_json::from_slice::<Document>(&output.stdout).is_ok());
}

#[test]
fn a_missing_file_is_a_clear_error_and_a_non_zero_exit() {
    let output = chronicle().args(["extract", "/nonexistent/article.txt"]).output().expect("run chronicle");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("/nonexistent/article.txt"), "{stderr}");
}

#[test]
fn one_bad_file_among_good_ones_still_prints_the_good_ones() {
    let output = chronicle()
        .args(["extract", "/nonexistent/article.txt"])
        .arg(sample_path())
        .output()
        .expect("run chronicle");
    assert_eq!(output.status.code(), Some(1));
    let document: Document = serde_json::from_slice(&output.stdout).expect("valid JSON document");
    assert_eq!(document.articles.len(), 1);
}
