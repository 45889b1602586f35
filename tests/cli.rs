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

fn tbaq_file() -> Option<std::path::PathBuf> {
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir =
        [manifest.join("../shared/data/tbaq/TimeBank"), manifest.join("../../shared/data/tbaq/TimeBank")]
            .into_iter()
            .find(|p| p.is_dir())?;
    let mut files: Vec<_> = std::fs::read_dir(dir).ok()?.flatten().map(|e| e.path()).collect();
    files.sort();
    files.into_iter().find(|p| p.extension().is_some_and(|e| e == "tml"))
}

#[test]
fn timeml_out_keeps_the_text_byte_for_byte_with_only_our_timex3_tags() {
    let Some(gold) = tbaq_file() else {
        eprintln!("../shared/data/tbaq not found: skipped");
        return;
    };
    let tmp = tempfile::Builder::new().prefix("chronicle-timeml-").tempdir().expect("temp dir");
    let out = tmp.path().to_path_buf();
    let status = chronicle()
        .args(["extract", "--format", "timeml", "--out-dir"])
        .arg(&out)
        .arg(&gold)
        .status()
        .expect("run chronicle");
    assert!(status.success());
    let written = std::fs::read_to_string(out.join(gold.file_name().expect("name"))).expect("output written");
    let original =
        chronicle::timeml::parse(&std::fs::read_to_string(&gold).expect("gold")).expect("parse gold");
    let ours = chronicle::timeml::parse(&written).expect("parse output");
    assert_eq!(ours.raw_text, original.raw_text);
    assert!(!ours.gold.is_empty(), "our TIMEX3 tags are there");
    let text = &written[written.find("<TEXT>").expect("TEXT")..];
    assert!(!text.contains("<EVENT") && !text.contains("<SIGNAL"));
}

#[test]
fn extract_reads_timeml_as_news_with_its_dct() {
    let Some(gold) = tbaq_file() else { return };
    let output = chronicle().arg("extract").arg(&gold).output().expect("run chronicle");
    assert!(output.status.success());
    let document: Document = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert!(document.articles[0].reference_date.is_some());
    assert!(!document.timexes.is_empty());
}

#[test]
fn a_dateline_gives_the_reference_date_and_no_date_is_said_plainly() {
    let tmp = tempfile::Builder::new().prefix("chronicle-dateline-").tempdir().expect("temp dir");
    let dir = tmp.path().to_path_buf();
    let dated = dir.join("dated.txt");
    std::fs::write(
        &dated,
        "Talks resume\n\nGENEVA, Jan. 25, 2016 (Reuters) - Peace talks resumed on Monday.",
    )
    .expect("write");
    let undated = dir.join("undated.txt");
    std::fs::write(&undated, "Leaders spoke by phone last week.").expect("write");
    let output = chronicle().arg("extract").arg(&dated).arg(&undated).output().expect("run chronicle");
    let document: Document = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(document.articles[0].reference_date.map(|d| d.to_string()).as_deref(), Some("2016-01-25"));
    assert_eq!(document.articles[0].reference_date_source, Some(chronicle::model::ReferenceSource::Text));
    assert_eq!(document.articles[1].reference_date, None);
}

#[test]
fn max_size_refuses_larger_files_with_a_message() {
    let tmp = tempfile::Builder::new().prefix("chronicle-cli-max-").tempdir().expect("temp dir");
    let dir = tmp.path().to_path_buf();
    let big = dir.join("big.txt");
    std::fs::write(&big, "The talks ended on May 2, 2017. ".repeat(70_000)).expect("write");
    let refused = chronicle().args(["extract", "--max-size", "1"]).arg(&big).output().expect("run chronicle");
    assert_eq!(refused.status.code(), Some(2), "nothing could be read");
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains("big.txt") && message.contains("limit"), "{message}");
    let read = chronicle().args(["extract", "--max-size", "5"]).arg(&big).output().expect("run chronicle");
    assert!(read.status.success(), "{}", String::from_utf8_lossy(&read.stderr));
    // Units: 2.1 MB of text is over 2MB and under 3000KB.
    let refused =
        chronicle().args(["extract", "--max-size", "2MB"]).arg(&big).output().expect("run chronicle");
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains("2.1 MB, over the 2 MB limit"), "{message}");
    let read = chronicle().args(["extract", "--max-size=3000KB"]).arg(&big).output().expect("run chronicle");
    assert!(read.status.success(), "{}", String::from_utf8_lossy(&read.stderr));
    let nonsense = chronicle().args(["extract", "--max-size", "5 parsecs"]).arg(&big).output().expect("run");
    assert_eq!(nonsense.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&nonsense.stderr).contains("size unit"));
}

#[test]
fn closed_output_and_error_streams_are_an_exit_code_not_a_panic() {
    // `chronicle extract ... 2>&1 | head -1`: the reader has gone, and with it the stream
    // the error would be told on.
    let mut child = chronicle()
        .arg("extract")
        .arg(sample_path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run chronicle");
    drop(child.stdout.take());
    drop(child.stderr.take());
    let status = child.wait().expect("wait for chronicle");
    assert_eq!(status.code(), Some(2), "{status:?}");
}
