//! Sentence splitting for news text: a line break ends a sentence (headlines, captions and
//! paragraphs are lines), and so does `.`, `!` or `?` before white space, unless the word
//! before it is an abbreviation ("U.S.", "Mr.", "Jan.") or an initial.

use std::ops::Range;

/// Words that end in a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "maj", "brig", "col", "sgt", "capt", "adm",
    "st", "jr", "sr", "prof", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "no", "vs", "etc", "inc", "corp", "co", "ltd", "mt", "ft", "u.s", "u.n", "u.k", "e.u", "a.m",
    "p.m", "d.c", "u.s.a", "hon", "rt", "h.e", "messrs",
];

/// Byte ranges of the sentences of `text`, trimmed of surrounding white space, in order.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut i = 0;
    loop {
        // Only these bytes can end a sentence: the rest is skipped eight at a time.
        i = next_stop(bytes, i);
        if i >= bytes.len() {
            break;
        }
        let b = bytes[i];
        let boundary = match b {
            b'\n' => Some(i),
            b'.' | b'!' | b'?' => {
                // Closing quotes and brackets belong to the sentence they close.
                let mut end = i + 1;
                while end < bytes.len() && matches!(bytes[end], b'"' | b'\'' | b')') {
                    end += 1;
                }
                if text[end..].starts_with('”') || text[end..].starts_with('’') {
                    end += 3;
                }
                let followed_by_space = end >= bytes.len() || bytes[end].is_ascii_whitespace();
                if followed_by_space && !(b == b'.' && is_abbreviation(text, start, i)) {
                    Some(end)
                } else {
                    None
                }
            }
            _ => None,
        };
        if let Some(end) = boundary {
            push_trimmed(text, start..end, &mut sentences);
            start = end;
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start..text.len(), &mut sentences);
    sentences
}

/// The first line break, '.', '!' or '?' at or after `at`, or the end of `bytes`. A word of
/// eight bytes is tested at once (a zero byte in it XOR each wanted byte, the usual way), and
/// only one that holds a wanted byte is looked at byte by byte.
fn next_stop(bytes: &[u8], mut at: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let holds = |word: u64, byte: u8| {
        let x = word ^ (ONES * u64::from(byte));
        x.wrapping_sub(ONES) & !x & HIGHS
    };
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if holds(word, b'\n') | holds(word, b'.') | holds(word, b'!') | holds(word, b'?') != 0 {
            break;
        }
        at += 8;
    }
    while at < bytes.len() && !matches!(bytes[at], b'\n' | b'.' | b'!' | b'?') {
        at += 1;
    }
    at
}

/// A "sentence" longer than this many bytes is cut at a space. No news sentence comes near
/// it, and what is done once per event or expression with its sentence (reading its tense,
/// quoting it in the output) must stay bounded on text with no full stop at all: one
/// endless sentence made `chronicle extract`'s output grow with the square of the input.
pub(crate) const MAX_SENTENCE: usize = 2_000;

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(slice) = text.get(range.clone()) else { return };
    let leading = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.is_empty() {
        return;
    }
    let mut start = range.start + leading;
    let end = start + trimmed.len();
    while end - start > MAX_SENTENCE {
        let cap = text.floor_char_boundary(start + MAX_SENTENCE);
        let cut = text[start..cap].rfind(char::is_whitespace).filter(|&i| i > 0).map_or(cap, |i| start + i);
        push_trimmed_short(text, start..cut, out);
        start = cut;
    }
    push_trimmed_short(text, start..end, out);
}

fn push_trimmed_short(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        let start = range.start + (slice.len() - slice.trim_start().len());
        out.push(start..start + trimmed.len());
    }
}

/// Where the sentence (or the clause after a semicolon) holding `at` starts: after the last
/// terminator before it that ends a sentence, so not after "U.S." or "Mr.". Only the text
/// from `from` is searched (callers that need a few words back need not scan a whole
/// sentence); `from` when no terminator stands after it.
pub(crate) fn sentence_start_before(text: &str, from: usize, at: usize) -> usize {
    let mut end = at;
    while let Some(i) = text[from..end].rfind(['.', ';', '!', '?', '\n']).map(|i| from + i) {
        let followed_by_space = text[i + 1..].starts_with(char::is_whitespace) || i + 1 == text.len();
        if text.as_bytes()[i] != b'.' || (followed_by_space && !is_abbreviation(text, from, i)) {
            return i + 1;
        }
        end = i;
    }
    from
}

/// Where the sentence holding `from` ends: at the first '!', '?' or line break after it, or
/// the first '.' that ends a sentence (not the one of "U.N." or "Gen."); the end of `text`
/// when none does. No further than `MAX_SENTENCE` bytes on, as [`split`] cuts a sentence:
/// text with no full stop would otherwise be read to its end from every trigger in it.
pub(crate) fn sentence_end_after(text: &str, from: usize) -> usize {
    let limit = text.floor_char_boundary(from.saturating_add(MAX_SENTENCE).min(text.len()));
    let text = &text[..limit];
    let mut at = from;
    while let Some(i) = text[at..].find(['.', '!', '?', '\n']).map(|i| at + i) {
        let followed_by_space = text[i + 1..].starts_with(char::is_whitespace) || i + 1 == text.len();
        if text.as_bytes()[i] != b'.' || (followed_by_space && !is_abbreviation(text, from, i)) {
            return i;
        }
        at = i + 1;
    }
    text.len()
}

/// True when the word ending at the period `dot` is an abbreviation or a single initial.
fn is_abbreviation(text: &str, sentence_start: usize, dot: usize) -> bool {
    let before = &text[sentence_start..dot];
    // The separator may be a multi-byte space (U+2003): step over the whole character.
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn the_end_of_a_sentence_is_looked_for_no_further_than_a_sentence_is_cut() {
        // Text with no stop at all: the end is where `split` would cut, not the text's end.
        let text = "talks ".repeat(10_000);
        let end = sentence_end_after(&text, 100);
        assert!(end <= 100 + MAX_SENTENCE, "{end}");
        assert!(split(&text).iter().all(|s| s.len() <= MAX_SENTENCE));
        // A real sentence ends where it ends.
        let text = "He met Ruiz in Lima. Then he left.";
        assert_eq!(&text[..sentence_end_after(text, 3)], "He met Ruiz in Lima");
    }

    #[test]
    fn stops_are_found_as_a_byte_at_a_time_finds_them() {
        let text = "Héllo wörld, no stop here at all; then one. And\nanother! Why? x\u{2003}.";
        let bytes = text.as_bytes();
        for at in 0..=bytes.len() {
            let expected = (at..bytes.len())
                .find(|&i| matches!(bytes[i], b'\n' | b'.' | b'!' | b'?'))
                .unwrap_or(bytes.len());
            assert_eq!(next_stop(bytes, at), expected, "from {at}");
        }
    }

    #[test]
    fn a_wide_space_before_an_abbreviation_is_one_character() {
        // Found by proptest: an em space (3 bytes) before "Mr." split a character.
        let text = "They met\u{2003}Mr. Abe.\u{2003}A. Then\u{3000}St. Paul.";
        let found = sentences(text);
        assert_eq!(found.concat(), text, "whole characters, nothing lost");
    }

    #[test]
    fn a_sentence_starts_after_its_terminator_not_after_an_abbreviation() {
        let text = "They met. He spoke with U.S. President Lee and Mr. Park by phone.";
        let phone = text.find("by phone").unwrap();
        assert_eq!(
            &text[sentence_start_before(text, 0, phone)..phone],
            " He spoke with U.S. President Lee and Mr. Park "
        );
        assert_eq!(sentence_start_before(text, 0, 3), 0);
        // Searched from a bound, it stops there.
        assert_eq!(sentence_start_before(text, 12, phone), 12);
    }

    #[test]
    fn splits_on_terminators_and_lines_but_not_abbreviations() {
        let text =
            "Headline here\n\nU.S. President Donald Trump met Mr. Abe on Jan. 5. They talked! Did they? Yes.";
        assert_eq!(
            sentences(text),
            vec![
                "Headline here",
                "U.S. President Donald Trump met Mr. Abe on Jan. 5.",
                "They talked!",
                "Did they?",
                "Yes."
            ]
        );
    }

    #[test]
    fn endless_sentences_are_cut_at_spaces() {
        let text = "they met on Monday and talked ".repeat(1_000);
        let pieces = split(&text);
        assert!(pieces.len() >= text.len() / MAX_SENTENCE);
        assert!(pieces.iter().all(|r| r.len() <= MAX_SENTENCE), "bounded");
        assert_eq!(
            pieces.iter().map(|r| text[r.clone()].len() + 1).sum::<usize>(),
            text.len(),
            "nothing lost"
        );
        let no_spaces = "é".repeat(3_000);
        assert!(
            split(&no_spaces).iter().all(|r| r.len() <= MAX_SENTENCE && no_spaces.is_char_boundary(r.end))
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let text = "He said “it is over.” Then he left.";
        assert_eq!(sentences(text), vec!["He said “it is over.”", "Then he left."]);
    }

    #[test]
    fn odd_input_never_panics() {
        for text in ["", "...", "\n\n\n", "ü.ö. ä", "a.\u{0301}b", "A. B. C."] {
            for r in split(text) {
                assert!(text.get(r).is_some());
            }
        }
    }
}
