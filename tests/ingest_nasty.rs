//! Nasty inputs, generated at test time: every ingest path, extraction and `chronicle
//! extract` must either succeed or fail with a clear message, never panic and never hang;
//! extraction's time grows linearly with its input, whatever the input repeats.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chronicle::ingest::{self, IngestOptions, Loader, Progress};
use chronicle::model::{Article, ArticleId, ReferenceDate, ReferenceSource};
use proptest::prelude::*;

fn scratch(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(&format!("chronicle-ingest-{name}-")).tempdir().expect("temp dir")
}

/// (file name, contents) of every nasty input.
fn nasty_files() -> Vec<(&'static str, Vec<u8>)> {
    let mut truncated = "Talks ended on Tuesday in Zürich".as_bytes().to_vec();
    truncated.push(0xC3);
    vec![
        ("truncated-utf8.txt", truncated),
        ("nul-bytes.txt", b"The strike\0 began on Monday.".to_vec()),
        ("one-line.txt", "They met on May 2, 2017 and talked. ".repeat(30_000).into_bytes()),
        ("deep.html", ("<div>".repeat(10_000) + "They met on Monday." + &"</div>".repeat(10_000)).into_bytes()),
        ("paragraphs.txt", "Talks.\n\n".repeat(100_000).into_bytes()),
        ("paragraphs.html", "<p>Talks on Monday.</p>".repeat(100_000).into_bytes()),
        ("empty.txt", Vec::new()),
        ("empty.html", Vec::new()),
        ("empty.rss", Vec::new()),
        ("bad-dates.txt", b"---\ndate: 99999-99-99\n---\nIt happened on February 30 and on the 45th of Smarch, or 99999-99-99.".to_vec()),
        ("bad-date.html", br#"<meta property="article:published_time" content="2017-02-30"><p>February 30 talks.</p>"#.to_vec()),
        ("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
        ("not-a-feed.rss", b"<rss><channel><item>".to_vec()),
        ("broken.tml", b"<TimeML><DCT>".to_vec()),
        ("a.pdf", b"%PDF-1.4\n%%EOF".to_vec()),
        ("deep.rss", nested("<rss><channel><item><description>", "<x>", "</x>", 100_000)),
        ("deep.atom", nested(r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry>"#, "<a>", "</a>", 100_000)),
        ("deep.json", nested(r#"{"version":"https://jsonfeed.org/version/1.1","items":"#, "[", "]", 100_000)),
        ("deep.tml", nested("<TimeML><DCT>2017-05-02</DCT><TEXT>", "<s>", "</s>", 100_000)),
        ("deep-comments.html", "<!--<!--".repeat(100_000).into_bytes()),
        ("unclosed-script.html", ("<script>".to_owned() + &"if (a<b) {".repeat(100_000)).into_bytes()),
        ("huge-attribute.html", format!("<p title=\"{}\">Talks on Monday.</p>", "x".repeat(1_000_000)).into_bytes()),
        ("no-spaces.txt", "9".repeat(1_000_000).into_bytes()),
        ("many-dates.txt", "99999-99-99 February 30 2017-02-30 13/45/2017 the 45th of Smarch. ".repeat(10_000).into_bytes()),
        ("odd-utf16.txt", vec![0xFF, 0xFE, b'T', 0, b'a', 0, b'l']),
        ("lone-surrogate-utf16.txt", vec![0xFF, 0xFE, 0x00, 0xD8, b'a', 0]),
        ("bom-only.txt", vec![0xEF, 0xBB, 0xBF]),
        ("endless-sentence.txt", "last Monday next Tuesday two weeks later ".repeat(5_000).into_bytes()),
        ("scan.pdf", pdf(None, &[&[]])),
        ("cut.pdf", pdf(Some("Cut"), &[&["They met on Monday."]])[..300].to_vec()),
        ("deep.pdf", nested("%PDF-1.4\n1 0 obj\n", "[", "]", 100_000)),
        ("deep-dict.pdf", nested("%PDF-1.4\n1 0 obj\n", "<< /A ", ">>", 100_000)),
        ("many-pages.pdf", pdf(None, &vec![&["Talks on Monday."][..]; 2_000])),
        ("pdf-named.txt", pdf(None, &[&["Talks on Monday."]])),
    ]
}

/// A PDF with a text layer: one page per entry, each line of it drawn in Helvetica (no line
/// at all makes a page without text, like a scan). Offsets in the cross-reference table are
/// exact, so a strict reader accepts it.
fn pdf(title: Option<&str>, pages: &[&[&str]]) -> Vec<u8> {
    let escape = |s: &str| s.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        String::new(), // the page tree, once the pages have numbers
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_owned(),
    ];
    let mut kids = Vec::new();
    for lines in pages {
        let mut content = String::new();
        if !lines.is_empty() {
            content.push_str("BT /F1 12 Tf 72 720 Td 14 TL\n");
            for line in *lines {
                content.push_str(&format!("({}) Tj T*\n", escape(line)));
            }
            content.push_str("ET\n");
        }
        objects.push(format!("<< /Length {} >>\nstream\n{content}endstream", content.len()));
        let contents = objects.len();
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {contents} 0 R >>"
        ));
        kids.push(format!("{} 0 R", objects.len()));
    }
    objects[1] = format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), kids.len());
    let info = title.map(|t| {
        objects.push(format!("<< /Title ({}) >>", escape(t)));
        objects.len()
    });
    let mut bytes = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(bytes.len());
        bytes.extend(format!("{} 0 obj\n{object}\nendobj\n", i + 1).into_bytes());
    }
    let xref = bytes.len();
    bytes.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).into_bytes());
    for offset in offsets {
        bytes.extend(format!("{offset:010} 00000 n \n").into_bytes());
    }
    let info = info.map(|i| format!(" /Info {i} 0 R")).unwrap_or_default();
    bytes.extend(
        format!("trailer\n<< /Size {} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1)
            .into_bytes(),
    );
    bytes
}

#[test]
fn pdf_text_layers_are_read_and_scans_refused() {
    let bytes = pdf(
        Some("Talks in Geneva"),
        &[
            &["GENEVA, May 2, 2017 (Reuters) - The talks (the second round)", "ended on Tuesday."],
            &["The next round begins on June 5."],
        ],
    );
    let articles = ingest::load_bytes(Path::new("talks.pdf"), &bytes).expect("a PDF with text");
    let article = &articles[0];
    assert_eq!(article.title, "Talks in Geneva");
    assert!(article.text.contains("The talks (the second round)"), "{}", article.text);
    assert!(article.text.contains("ended on Tuesday."), "{}", article.text);
    assert!(article.text.contains("The next round begins on June 5."), "{}", article.text);
    assert!(article.text.find("Tuesday") < article.text.find("June"), "pages in order");
    assert_eq!(article.reference.map(|r| r.date.to_string()).as_deref(), Some("2017-05-02"), "dateline");
    let events = chronicle::extract::extract(&articles);
    assert!(!events.analyses[0].timexes.is_empty(), "dates found in the PDF's text");

    let scan = pdf(None, &[&[], &[]]);
    let error = ingest::load_bytes(Path::new("scan.pdf"), &scan).expect_err("no text layer");
    assert!(error.to_string().contains("scan.pdf") && error.to_string().contains("no text layer"), "{error}");

    let truncated = &bytes[..bytes.len() / 2];
    let error = ingest::load_bytes(Path::new("cut.pdf"), truncated).map(|a| a[0].text.clone());
    assert!(error.as_ref().is_err() || error.as_ref().is_ok_and(|t| !t.contains("June")), "{error:?}");
}

/// `open`, then `depth` copies of `down`, some text, `depth` copies of `up`.
fn nested(open: &str, down: &str, up: &str, depth: usize) -> Vec<u8> {
    format!("{open}{}They met on Monday.{}", down.repeat(depth), up.repeat(depth)).into_bytes()
}

#[test]
fn every_nasty_file_loads_or_fails_clearly_and_fast() {
    let tmp = scratch("lib");
    let dir = tmp.path();
    for (name, bytes) in nasty_files() {
        let path = dir.join(name);
        std::fs::write(&path, &bytes).expect("write");
        let start = Instant::now();
        match ingest::load_path(&path, &IngestOptions::default()) {
            Ok(articles) => {
                let _ = chronicle::extract::extract(&articles);
            }
            Err(error) => {
                assert!(error.to_string().contains(name), "{name}: message names the file: {error}")
            }
        }
        // A guard against a hang or a quadratic blow-up, not a speed target (speed is
        // `cargo bench`'s): 100,000 paragraphs take about 1.5 s in a release build and about
        // 21 s in the unoptimised one `cargo test` builds, whereas a quadratic blow-up takes
        // hours.
        assert!(start.elapsed() < Duration::from_secs(90), "{name} took {:?}", start.elapsed());
    }
    let folder_like = dir.join("foo.txt");
    std::fs::create_dir_all(&folder_like).expect("dir");
    let error =
        ingest::load_path(&folder_like, &IngestOptions::default()).expect_err("a folder is not a file");
    assert!(error.to_string().contains("folder"), "{error}");
}

#[test]
fn size_limit_refuses_before_reading() {
    let tmp = scratch("limit");
    let dir = tmp.path();
    let path = dir.join("big.txt");
    std::fs::write(&path, vec![b'a'; 2000]).expect("write");
    let error = ingest::load_path(&path, &IngestOptions { size_limit: 1000 }).expect_err("over the limit");
    assert!(error.to_string().contains("limit"), "{error}");
}

#[test]
fn folders_load_recursively_and_report_each_failure() {
    let tmp = scratch("folder");
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("sub/deeper")).expect("dirs");
    std::fs::write(dir.join("a.txt"), "---\ndate: 2017-05-02\n---\nThey met on Monday.").expect("w");
    std::fs::write(dir.join("sub/b.html"), "<title>B</title><p>Talks.</p>").expect("w");
    std::fs::write(dir.join("sub/deeper/c.md"), "# C\n\nStrike.").expect("w");
    std::fs::write(dir.join("sub/bad.txt"), b"\x7FELF\x02\x01\x01\0").expect("w");
    std::fs::write(dir.join("photo.jpg"), b"\xFF\xD8\xFF").expect("w");
    let results = ingest::load_folder(dir, &IngestOptions::default());
    let names: Vec<String> =
        results.iter().map(|(p, _)| p.strip_prefix(dir).unwrap_or(p).display().to_string()).collect();
    assert_eq!(names, ["a.txt", "sub/b.html", "sub/bad.txt", "sub/deeper/c.md"]);
    assert_eq!(results.iter().filter(|(_, r)| r.is_ok()).count(), 3);

    let mut loader = Loader::start(vec![dir.to_path_buf()], IngestOptions::default());
    let (mut loaded, mut failed, mut progress, mut started) = (0, 0, 0, 0);
    let deadline = Instant::now() + Duration::from_secs(30);
    while !loader.is_finished() && Instant::now() < deadline {
        for message in loader.poll() {
            match message {
                Progress::Started { total } => {
                    assert_eq!((total, progress, loaded, failed), (4, 0, 0, 0), "Started comes first");
                    started += 1;
                }
                Progress::Progress { total, .. } => {
                    assert_eq!(total, 4);
                    progress += 1;
                }
                Progress::Loaded(articles) => loaded += articles.len(),
                Progress::Failed { .. } => failed += 1,
                Progress::Finished { cancelled } => assert!(!cancelled),
            }
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(loader.is_finished());
    assert_eq!((started, progress, loaded, failed), (1, 4, 3, 1));
}

#[test]
fn cancelled_loader_finishes() {
    let tmp = scratch("cancel");
    let dir = tmp.path();
    for i in 0..1000 {
        std::fs::write(dir.join(format!("{i:04}.txt")), "Talks on Monday.").expect("w");
    }
    let mut loader = Loader::start(vec![dir.to_path_buf()], IngestOptions::default());
    let handle = loader.cancel_handle();
    std::thread::spawn(move || handle.cancel()).join().expect("cancel from another thread");
    let (mut loaded, mut cancelled) = (0, false);
    let deadline = Instant::now() + Duration::from_secs(30);
    while !loader.is_finished() && Instant::now() < deadline {
        for message in loader.poll() {
            match message {
                Progress::Loaded(articles) => loaded += articles.len(),
                Progress::Finished { cancelled: c } => cancelled = c,
                _ => {}
            }
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(loader.is_finished());
    // The thread may have read some files before it saw the cancel. On a loaded machine the
    // cancelling thread may even run after the last file: then nothing was left to cancel.
    assert!(
        (cancelled && loaded < 1000) || (!cancelled && loaded == 1000),
        "cancelled: {cancelled}, loaded: {loaded}"
    );
}

fn run_cli(path: &Path) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chronicle"))
        .arg("extract")
        .arg(path)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run chronicle");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let mut stderr = String::new();
            if let Some(mut e) = child.stderr.take() {
                let _ = std::io::Read::read_to_string(&mut e, &mut stderr);
            }
            return (status.code(), stderr);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chronicle extract {} hung", path.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn cli_never_panics_or_hangs_on_nasty_files() {
    let tmp = scratch("cli");
    let dir = tmp.path();
    for (name, bytes) in nasty_files() {
        let path = dir.join(name);
        std::fs::write(&path, &bytes).expect("write");
        let (code, stderr) = run_cli(&path);
        assert_ne!(code, Some(101), "{name} panicked: {stderr}");
        assert!(code.is_some(), "{name} was killed by a signal");
        if code != Some(0) {
            assert!(stderr.contains("chronicle"), "{name}: unclear failure: {stderr}");
        }
    }
    let folder_like = dir.join("foo.txt");
    std::fs::create_dir_all(&folder_like).expect("dir");
    let (code, stderr) = run_cli(&folder_like);
    assert_ne!(code, Some(101), "{stderr}");
    let (code, stderr) = run_cli(dir);
    assert_eq!(code, Some(1), "a folder with some bad files loads the rest and says so: {stderr}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_bytes_through_every_reader(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        for name in ["a.txt", "a.html", "a.rss", "a.json", "a.tml", "a.pdf", "a"] {
            let start = Instant::now();
            if let Ok(articles) = ingest::load_bytes(Path::new(name), &bytes) {
                let _ = chronicle::extract::extract(&articles);
            }
            prop_assert!(start.elapsed() < Duration::from_secs(5));
        }
    }

    #[test]
    fn arbitrary_strings_through_every_reader(text in "\\PC{0,500}", markup in "[<>/a-z =\"'!\\-\\[\\]{}:0-9]{0,300}") {
        for input in [&text, &markup] {
            for name in ["a.txt", "a.html", "a.xml", "a.json", "a.md", "a.tml"] {
                let start = Instant::now();
                if let Ok(articles) = ingest::load_bytes(Path::new(name), input.as_bytes()) {
                    let _ = chronicle::extract::extract(&articles);
                }
                prop_assert!(start.elapsed() < Duration::from_secs(5));
            }
        }
    }
}

/// An article with `text`, dated `reference` (as the user would set it).
fn article(text: String, reference: Option<jiff::civil::Date>) -> Article {
    Article {
        id: ArticleId(0),
        path: None,
        title: "t".into(),
        text,
        reference: reference.map(|date| ReferenceDate { date, source: ReferenceSource::User }),
        source: None,
        encoding: None,
    }
}

/// Words extraction reacts to: dates right and wrong, relative expressions, numbers,
/// abbreviations, event triggers, names and the punctuation that ends sentences.
const NEWS_WORDS: &[&str] = &[
    "May",
    "2",
    "2017",
    "February",
    "30",
    "Smarch",
    "45th",
    "the",
    "of",
    "on",
    "last",
    "next",
    "this",
    "Monday",
    "week",
    "year",
    "ago",
    "later",
    "earlier",
    "99999-99-99",
    "2017-02-30",
    "05/02/2017",
    "13/45/2017",
    "1998",
    "Q3",
    "fiscal",
    "summer",
    "tonight",
    "Mr.",
    "U.S.",
    "Dr.",
    "met",
    "talks",
    "summit",
    "called",
    "visit",
    "strike",
    "election",
    "cancelled",
    "planned",
    "Putin",
    "Biden",
    "Geneva",
    "NATO",
    "said",
    "will",
    "not",
    "(",
    ")",
    ",",
    ".",
    "!",
    "?",
    ";",
    "\"",
    "-",
    "\n",
    "\n\n",
    "9999",
    "-9999",
    "0",
    "12:30",
    "a.m.",
    "BST",
    "decade",
    "century",
    "1990s",
    "third",
    "quarter",
];

fn news_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(NEWS_WORDS), 0..400).prop_map(|w| w.join(" "))
}

/// Any day jiff can represent, or none.
fn any_reference() -> impl Strategy<Value = Option<jiff::civil::Date>> {
    proptest::option::of(
        (-9999i16..=9999, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| jiff::civil::date(y, m, d)),
    )
}

/// Text copied from web pages often has no-break spaces (two bytes in UTF-8) where spaces
/// were: every one of our articles written so goes through extraction without a panic.
#[test]
fn articles_with_no_break_spaces_through_extraction() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles");
    let mut read = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/articles") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("article");
        let body = text.rsplit("---").next().unwrap_or(&text).replace(' ', "\u{a0}");
        let _ = chronicle::extract::extract(&[article(body, Some(jiff::civil::date(2020, 3, 9)))]);
        read += 1;
    }
    assert!(read >= 15, "only {read} articles in {}", dir.display());
}

/// A PDF with a few damaged bytes, or cut short.
fn damaged_pdf() -> impl Strategy<Value = Vec<u8>> {
    let good =
        pdf(Some("Talks"), &[&["GENEVA, May 2, 2017 - The talks ended on Tuesday."], &["Next: June 5."]]);
    let len = good.len();
    (proptest::collection::vec((0..len, any::<u8>()), 0..8), len / 4..=len).prop_map(move |(edits, keep)| {
        let mut bytes = good.clone();
        for (at, byte) in edits {
            bytes[at] = byte;
        }
        bytes.truncate(keep);
        bytes
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn news_like_text_through_extraction(text in news_text(), reference in any_reference()) {
        let start = Instant::now();
        let _ = chronicle::extract::extract(&[article(text, reference)]);
        prop_assert!(start.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn any_text_through_extraction(text in "\\PC{0,1000}", reference in any_reference()) {
        let start = Instant::now();
        let _ = chronicle::extract::extract(&[article(text, reference)]);
        prop_assert!(start.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn damaged_pdfs_are_read_or_refused(bytes in damaged_pdf()) {
        let start = Instant::now();
        match ingest::load_bytes(Path::new("talks.pdf"), &bytes) {
            Ok(articles) => { let _ = chronicle::extract::extract(&articles); }
            Err(error) => prop_assert!(error.to_string().contains("talks.pdf"), "{}", error),
        }
        prop_assert!(start.elapsed() < Duration::from_secs(5));
    }
}

/// Extraction on eight times the input takes about eight times as long, never the 64 times
/// a quadratic step would: each pattern is one a naive sentence splitter, tagger or merger
/// would trip on (one endless sentence, only abbreviations, only dates, one event reported
/// over and over).
#[test]
fn extraction_time_grows_linearly() {
    let patterns = [
        "They met on May 2, 2017 and talked, ",
        "Mr. Dr. U.S. a.m. ",
        "99999-99-99 February 30 the 45th of Smarch 05/02/2017 ",
        "Putin met Xi in Moscow on Monday. ",
        "last Monday next Tuesday two weeks later ",
        "((((( ",
        "1 2 3 4 5 6 7 8 9 10 ",
    ];
    let reference = Some(jiff::civil::date(2017, 5, 2));
    let time = |text: String| {
        let start = Instant::now();
        let _ = chronicle::extract::extract(&[article(text, reference)]);
        start.elapsed().as_secs_f64()
    };
    time("Warm up: the tagger compiles its patterns once.".into());
    for pattern in patterns {
        let small_count = 20_000 / pattern.len() + 1;
        let small = time(pattern.repeat(small_count));
        let large = time(pattern.repeat(small_count * 8));
        assert!(large < 24.0 * small + 0.5, "{pattern:?}: {small:.3} s for 20 KB, {large:.3} s for 160 KB");
    }
}

/// `chronicle extract`'s output grows with its input, not faster: each event and expression
/// quotes its sentence, so a file that is one endless sentence must not be quoted whole
/// for each of them.
#[test]
fn cli_output_grows_linearly() {
    let tmp = scratch("output");
    let dir = tmp.path();
    let size_of_output = |repeats: usize| {
        let path = dir.join(format!("endless-{repeats}.txt"));
        std::fs::write(&path, "They met last Monday and will meet next Tuesday, ".repeat(repeats))
            .expect("w");
        let output = Command::new(env!("CARGO_BIN_EXE_chronicle"))
            .args(["extract", "--reference-date", "2017-05-02"])
            .arg(&path)
            .output()
            .expect("run chronicle");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        output.stdout.len() as f64
    };
    let (small, large) = (size_of_output(400), size_of_output(3_200));
    assert!(large < 16.0 * small, "8 times the input gave {:.0} times the output", large / small);
}

#[test]
fn a_length_past_the_calendar_dates_nothing_and_panics_nowhere() {
    // Found by `news_like_text_through_extraction`: "2017 decade later" counted 20,170 years
    // on from February, past what jiff can hold, and panicked.
    for reference in [None, Some(jiff::civil::date(2017, 5, 2))] {
        let text = "February 2017 05/02/2017 decade later met".to_owned();
        let _ = chronicle::extract::extract(&[article(text, reference)]);
    }
}
