//! Feeds (RSS 0.9x/1.0/2.0, Atom, JSON Feed) via `feed-rs`: each item is an article with its
//! own published (or else updated) date as the reference date.

use super::html::fragment_text;
use crate::model::{Article, ArticleId, ReferenceDate, ReferenceSource};

/// Reads a feed into one article per item. A feed with no items is an error, so the user
/// hears about it instead of seeing nothing.
pub fn read_feed(bytes: &[u8]) -> Result<Vec<Article>, String> {
    let feed =
        feed_rs::parser::parse(bytes).map_err(|e| format!("not a readable RSS, Atom or JSON feed ({e})"))?;
    let feed_title = feed.title.as_ref().map(|t| t.content.trim().to_owned()).filter(|t| !t.is_empty());
    let articles: Vec<Article> = feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(index, entry)| {
            let body = entry
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
                .unwrap_or_default();
            let text = fragment_text(&body);
            let title = entry
                .title
                .as_ref()
                .map(|t| fragment_text(&t.content))
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| format!("Item {}", index + 1));
            let reference = entry
                .published
                .or(entry.updated)
                .and_then(|t| t.format("%Y-%m-%d").to_string().parse::<jiff::civil::Date>().ok())
                .map(|date| ReferenceDate { date, source: ReferenceSource::Metadata });
            let source = entry
                .authors
                .iter()
                .filter_map(|p| p.name.as_deref().map(str::trim))
                .find(|n| !n.is_empty())
                .map(str::to_owned)
                .or_else(|| feed_title.clone());
            Article { id: ArticleId(0), path: None, title, text, reference, source, encoding: None }
        })
        .collect();
    if articles.is_empty() {
        return Err("the feed has no items".into());
    }
    Ok(articles)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn rss_items_become_articles_with_their_dates() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Strike ends</title><pubDate>Tue, 02 May 2017 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The strike ended on Monday.&lt;/p&gt;</description></item>
<item><title>Summit set</title><pubDate>Wed, 03 May 2017 08:00:00 GMT</pubDate>
<description>Leaders will meet in June.</description></item></channel></rss>"#;
        let articles = read_feed(rss.as_bytes()).unwrap();
        assert_eq!(articles.len(), 2);
        assert_eq!(articles[0].title, "Strike ends");
        assert_eq!(articles[0].text, "The strike ended on Monday.");
        assert_eq!(articles[0].reference.map(|r| r.date), Some(date(2017, 5, 2)));
        assert_eq!(articles[1].reference.map(|r| r.date), Some(date(2017, 5, 3)));
        assert_eq!(articles[1].source.as_deref(), Some("Wire"));
    }

    #[test]
    fn atom_and_json_feed() {
        let atom = r#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>x</id><updated>2018-01-01T00:00:00Z</updated>
<entry><title>Vote</title><id>1</id><published>2018-03-04T12:00:00Z</published><updated>2018-03-05T12:00:00Z</updated><author><name>Kim</name></author><content type="html">Polls open.</content></entry></feed>"#;
        let a = read_feed(atom.as_bytes()).unwrap();
        assert_eq!(a[0].reference.map(|r| r.date), Some(date(2018, 3, 4)));
        assert_eq!(a[0].source.as_deref(), Some("Kim"));
        let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","title":"Call","content_text":"They spoke by phone.","date_published":"2019-07-01T09:00:00Z"}]}"#;
        let j = read_feed(json.as_bytes()).unwrap();
        assert_eq!(j[0].text, "They spoke by phone.");
        assert_eq!(j[0].reference.map(|r| r.date), Some(date(2019, 7, 1)));
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(read_feed(b"not a feed").is_err());
    }
}
