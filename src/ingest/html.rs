//! Saved web pages: the article's own text, title, byline and published date.
//!
//! Parsed with `scraper` (html5ever, the browser-grade HTML parser), then a small main-content
//! extractor of our own: the article root is the first `<article>`, `[itemprop=articleBody]`,
//! `<main>` or `[role=main]` holding the most text, else `<body>`; inside it, navigation,
//! asides, scripts, forms, comments and boxes whose class or id says they are menus, ads,
//! sharing, related stories or comments are skipped. Nothing is ever fetched or run.
//!
//! Every walk over the tree is iterative, so a page nested 10,000 deep costs linear time and
//! no stack.

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};

use super::front_matter::parse_date_field;
use crate::model::{Article, ArticleId, ReferenceDate, ReferenceSource};

/// Reads a saved web page as an article.
pub fn read_page(html: &str, fallback_title: &str) -> Article {
    let document = Html::parse_document(html);
    let root = content_root(&document);
    let text = root.map(|r| visible_text(r)).unwrap_or_default();
    let title = page_title(&document)
        .or_else(|| text.lines().map(str::trim).find(|l| !l.is_empty()).map(str::to_owned))
        .unwrap_or_else(|| fallback_title.to_owned());
    let reference =
        published_date(&document).map(|date| ReferenceDate { date, source: ReferenceSource::Metadata });
    Article {
        id: ArticleId(0),
        path: None,
        title,
        text,
        reference,
        source: byline(&document),
        encoding: None,
    }
}

/// The visible text of an HTML fragment (a feed item's content), boilerplate removed.
pub fn fragment_text(html: &str) -> String {
    let fragment = Html::parse_fragment(html);
    visible_text(fragment.root_element())
}

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

fn first_attr(document: &Html, css: &str, attr: &str) -> Option<String> {
    let sel = selector(css)?;
    document
        .select(&sel)
        .filter_map(|e| e.value().attr(attr))
        .map(|v| v.trim().to_owned())
        .find(|v| !v.is_empty())
}

fn first_text(document: &Html, css: &str) -> Option<String> {
    let sel = selector(css)?;
    document.select(&sel).map(|e| squash(&e.text().collect::<String>())).find(|t| !t.is_empty())
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn page_title(document: &Html) -> Option<String> {
    first_attr(document, r#"meta[property="og:title"]"#, "content")
        .or_else(|| first_attr(document, r#"meta[name="twitter:title"]"#, "content"))
        .or_else(|| first_text(document, "article h1"))
        .or_else(|| first_text(document, "h1"))
        .or_else(|| first_text(document, "title"))
}

fn byline(document: &Html) -> Option<String> {
    first_attr(document, r#"meta[name="author"]"#, "content")
        .or_else(|| first_attr(document, r#"meta[property="article:author"]"#, "content"))
        .or_else(|| first_text(document, r#"[rel="author"]"#))
        .or_else(|| first_text(document, r#"[itemprop="author"]"#))
        .or_else(|| first_text(document, ".byline"))
        .or_else(|| first_attr(document, r#"meta[property="og:site_name"]"#, "content"))
        .filter(|s| s.chars().count() <= 200)
}

/// The published date, from the most to the least explicit statement of it.
fn published_date(document: &Html) -> Option<jiff::civil::Date> {
    const META: &[&str] = &[
        r#"meta[property="article:published_time"]"#,
        r#"meta[name="article:published_time"]"#,
        r#"meta[itemprop="datePublished"]"#,
        r#"meta[name="pubdate"]"#,
        r#"meta[name="publishdate"]"#,
        r#"meta[name="date"]"#,
        r#"meta[name="DC.date.issued"]"#,
        r#"meta[name="dcterms.created"]"#,
        r#"meta[property="og:published_time"]"#,
    ];
    for css in META {
        if let Some(date) = first_attr(document, css, "content").and_then(|v| parse_date_field(&v)) {
            return Some(date);
        }
    }
    if let Some(date) = json_ld_date(document) {
        return Some(date);
    }
    first_attr(document, "time[pubdate]", "datetime")
        .or_else(|| first_attr(document, "article time[datetime]", "datetime"))
        .or_else(|| first_attr(document, "time[datetime]", "datetime"))
        .and_then(|v| parse_date_field(&v))
}

fn json_ld_date(document: &Html) -> Option<jiff::civil::Date> {
    let sel = selector(r#"script[type="application/ld+json"]"#)?;
    for script in document.select(&sel) {
        let raw: String = script.text().collect();
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&raw) else { continue };
        // Iterative search: JSON-LD graphs nest, and a hostile page may nest deeply.
        let mut stack = vec![&value];
        while let Some(v) = stack.pop() {
            match v {
                serde_json::Value::Object(map) => {
                    if let Some(date) =
                        map.get("datePublished").and_then(|d| d.as_str()).and_then(parse_date_field)
                    {
                        return Some(date);
                    }
                    stack.extend(map.values());
                }
                serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
                _ => {}
            }
        }
    }
    None
}

/// The element holding the article: among the first few candidates, the one with the most
/// text; `<body>` (or the whole document) if there is none.
fn content_root(document: &Html) -> Option<ElementRef<'_>> {
    const MAX_CANDIDATES: usize = 8;
    let candidates = selector(r#"article, [itemprop="articleBody"], main, [role="main"]"#)
        .map(|sel| document.select(&sel).take(MAX_CANDIDATES).collect::<Vec<_>>())
        .unwrap_or_default();
    let best = candidates.into_iter().map(|e| (visible_text(e).len(), e)).max_by_key(|(len, _)| *len);
    match best {
        Some((len, e)) if len > 0 => Some(e),
        _ => selector("body").and_then(|sel| document.select(&sel).next()).or(Some(document.root_element())),
    }
}

/// Elements never part of the article's text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "nav", "aside", "footer", "header", "form", "iframe", "svg", "button",
    "template", "select", "textarea", "object", "embed", "canvas", "video", "audio", "figure", "head",
    "title", "menu", "dialog",
];

/// Class or id words that mark boilerplate boxes.
const BOILERPLATE: &[&str] = &[
    "nav",
    "menu",
    "related",
    "comments",
    "advert",
    "ad-",
    "ads",
    "sponsor",
    "promo",
    "comment",
    "share",
    "social",
    "sidebar",
    "newsletter",
    "cookie",
    "subscribe",
    "breadcrumb",
    "footer",
    "masthead",
    "recommend",
    "outbrain",
    "taboola",
    "popup",
    "banner",
];

/// Elements that end a paragraph or a line of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "dl",
    "dt",
    "dd",
    "br",
    "hr",
    "address",
    "body",
];

fn is_boilerplate(element: &scraper::node::Element) -> bool {
    if SKIPPED.contains(&element.name()) {
        return true;
    }
    if element.attr("hidden").is_some() || element.attr("aria-hidden") == Some("true") {
        return true;
    }
    let mut marks = String::new();
    for attr in ["class", "id", "role"] {
        if let Some(v) = element.attr(attr) {
            marks.push(' ');
            marks.push_str(&v.to_ascii_lowercase());
        }
    }
    if marks.is_empty() {
        return false;
    }
    // Whole words or word prefixes only: "shadow" must not match "ad", "header-ad" should.
    marks.split(|c: char| !c.is_ascii_alphanumeric() && c != '-').any(|word| {
        !word.is_empty()
            && BOILERPLATE.iter().any(|mark| {
                word == mark.trim_end_matches('-')
                    || word.starts_with(mark) && (mark.ends_with('-') || word.len() == mark.len())
                    || word.split('-').any(|part| part == mark.trim_end_matches('-'))
            })
            || matches!(word, "navigation" | "complementary" | "contentinfo" | "banner")
    })
}

/// Text of `root` with boilerplate subtrees skipped, whitespace squashed inside paragraphs
/// and a blank line between paragraphs. One iterative pass over the tree.
fn visible_text(root: ElementRef<'_>) -> String {
    let mut out = String::new();
    let mut paragraph = String::new();
    let mut skip_depth = 0usize;
    let flush = |paragraph: &mut String, out: &mut String| {
        let squashed = squash(paragraph);
        if !squashed.is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&squashed);
        }
        paragraph.clear();
    };
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    if skip_depth > 0 || (node.id() != root.id() && is_boilerplate(e)) {
                        skip_depth += 1;
                    } else if BLOCKS.contains(&e.name()) {
                        flush(&mut paragraph, &mut out);
                    }
                }
                Node::Text(t) if skip_depth == 0 => {
                    paragraph.push_str(t);
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    if skip_depth > 0 {
                        skip_depth -= 1;
                    } else if BLOCKS.contains(&e.name()) {
                        flush(&mut paragraph, &mut out);
                    }
                }
            }
        }
    }
    flush(&mut paragraph, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const PAGE: &str = r#"<!DOCTYPE html><html><head>
<title>Talks resume | Daily Planet</title>
<meta property="og:title" content="Talks resume in Geneva">
<meta name="author" content="Lois Lane">
<meta property="article:published_time" content="2017-05-02T09:30:00+00:00">
<script>var tracking = "Tuesday talks";</script>
<style>.x{}</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
<div class="ad-banner">Buy shoes now</div>
<article>
<h1>Talks resume in Geneva</h1>
<p>The two sides met on Monday.</p>
<p>A second round is planned <b>next week</b>.</p>
<aside class="related">Related: an old story</aside>
<div class="comments">Great article! - Bob</div>
<!-- a comment that is not text -->
</article>
<footer>Copyright 2017</footer>
</body></html>"#;

    #[test]
    fn main_text_without_boilerplate() {
        let a = read_page(PAGE, "f");
        assert_eq!(a.title, "Talks resume in Geneva");
        assert_eq!(a.source.as_deref(), Some("Lois Lane"));
        assert_eq!(
            a.reference,
            Some(ReferenceDate { date: date(2017, 5, 2), source: ReferenceSource::Metadata })
        );
        assert_eq!(
            a.text,
            "Talks resume in Geneva\n\nThe two sides met on Monday.\n\nA second round is planned next week."
        );
        for junk in ["Home", "shoes", "Related", "Bob", "tracking", "Copyright", "comment"] {
            assert!(!a.text.contains(junk), "{junk} leaked into {:?}", a.text);
        }
    }

    #[test]
    fn json_ld_and_time_elements_give_the_date() {
        let ld = r#"<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2016-11-08"}]}</script><p>x</p>"#;
        assert_eq!(read_page(ld, "f").reference.map(|r| r.date), Some(date(2016, 11, 8)));
        let time = r#"<article><time datetime="2020-02-29T10:00">Feb 29</time><p>Body.</p></article>"#;
        assert_eq!(read_page(time, "f").reference.map(|r| r.date), Some(date(2020, 2, 29)));
        let bad = r#"<meta property="article:published_time" content="99999-99-99"><p>x</p>"#;
        assert_eq!(read_page(bad, "f").reference, None);
    }

    #[test]
    fn page_without_article_uses_body_and_title_tag() {
        let a = read_page(
            "<html><head><title>Plain</title></head><body><p>One.</p><p>Two.</p></body></html>",
            "f",
        );
        assert_eq!(a.title, "Plain");
        assert_eq!(a.text, "One.\n\nTwo.");
    }

    #[test]
    fn deep_nesting_is_fine() {
        let html = "<div>".repeat(10_000) + "deep text" + &"</div>".repeat(10_000);
        assert!(read_page(&html, "f").text.contains("deep text"));
    }
}
