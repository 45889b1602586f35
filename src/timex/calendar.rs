//! Calendar arithmetic for TIMEX3 values, on `jiff`: the interval a value names, ISO weeks,
//! seasons, quarters and computed holidays.

use jiff::civil::{Date, Weekday, date};

use crate::model::TimeSpan;

/// A calendar date from parts, or `None` when the parts name no day ("February 30").
pub fn day(year: i64, month: i64, day: i64) -> Option<Date> {
    let year = i16::try_from(year).ok()?;
    let month = i8::try_from(month).ok()?;
    let day = i8::try_from(day).ok()?;
    Date::new(year, month, day).ok()
}

/// The day from parts when it falls on `weekday` (1 for Monday to 7 for Sunday): "Saturday 8
/// February" is a day of 2003, not of 2013.
pub fn day_on_weekday(year: i64, month: i64, day_of_month: i64, weekday: i64) -> Option<Date> {
    day(year, month, day_of_month).filter(|d| i64::from(d.weekday().to_monday_one_offset()) == weekday)
}

pub fn last_day_of_month(year: i64, month: i64) -> Option<Date> {
    Some(day(year, month, 1)?.last_of_month())
}

/// Monday of ISO week `week` of ISO year `year`.
pub fn iso_week_start(year: i64, week: i64) -> Option<Date> {
    let year = i16::try_from(year).ok()?;
    let week = i8::try_from(week).ok()?;
    jiff::civil::ISOWeekDate::new(year, week, Weekday::Monday).ok().map(|w| w.date())
}

/// "2017-W18" for a date.
pub fn iso_week_value(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// Adds whole months, clamping the day ("Jan 31" + 1 month = Feb 28).
pub fn add_months(d: Date, months: i64) -> Option<Date> {
    // (`months.months()` panics past jiff's bounds: "2017 decades later" is no date.)
    d.checked_add(jiff::Span::new().try_months(months).ok()?).ok()
}

/// The first or second half of a span, by days: "the first half of February" is 1-14 in a
/// common year, the second 15-28.
pub fn half_of(span: &TimeSpan, first: bool) -> TimeSpan {
    let days = span.days();
    let first_end = add_days(span.start, (days + 1) / 2 - 1).unwrap_or(span.end);
    let (start, end) = if first {
        (span.start, first_end)
    } else {
        (add_days(first_end, 1).filter(|d| *d <= span.end).unwrap_or(span.end), span.end)
    };
    TimeSpan { value: span.value.clone(), start, end }
}

/// The part of a span after `day` (or before it), when `day` lies inside it and the part is
/// narrower than the whole: "later this month" said on 14 March is 15-31 March. On the
/// span's last day, "later" is that day itself; on its first, "earlier" is.
pub fn part_beside(span: &TimeSpan, day: Date, after: bool) -> Option<TimeSpan> {
    if !(span.start <= day && day <= span.end) {
        return None;
    }
    let (start, end) = if after {
        (add_days(day, 1).filter(|d| *d <= span.end).unwrap_or(day), span.end)
    } else {
        (span.start, add_days(day, -1).filter(|d| *d >= span.start).unwrap_or(day))
    };
    (start != span.start || end != span.end).then(|| TimeSpan { value: span.value.clone(), start, end })
}

pub fn add_days(d: Date, days: i64) -> Option<Date> {
    d.checked_add(jiff::Span::new().try_days(days).ok()?).ok()
}

/// Whether an expression as written names its year in digits ("May 3, 2021", "1998"): a
/// date without one was resolved, and may be resolved anew.
pub fn writes_a_year(expression: &str) -> bool {
    expression.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
}

/// The interval of days a TIMEX3 DATE/TIME value names, if it names one.
///
/// Seasons are meteorological (summer = June..August) because news uses them loosely and a
/// whole-month span never claims more precision than the text has.
pub fn span_of(value: &str) -> Option<TimeSpan> {
    // A range, "2023-07-11/2023-07-12", runs from the start of one to the end of the other.
    let (start, end) = match value.split_once('/') {
        Some((from, to)) => {
            let ((start, _), (_, end)) = (interval(from)?, interval(to)?);
            (start <= end).then_some((start, end))?
        }
        None => interval(value)?,
    };
    Some(TimeSpan { value: value.to_owned(), start, end })
}

fn interval(value: &str) -> Option<(Date, Date)> {
    let v = value.split('T').next()?;
    let parts: Vec<&str> = v.split('-').collect();
    let num = |s: &str| -> Option<i64> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)?;
            Some((day(y, 1, 1)?, day(y, 12, 31)?))
        }
        [d] if d.len() == 3 => {
            let d = num(d)? * 10;
            Some((day(d, 1, 1)?, day(d + 9, 12, 31)?))
        }
        [c] if c.len() == 2 => {
            let c = num(c)? * 100;
            Some((day(c, 1, 1)?, day(c + 99, 12, 31)?))
        }
        [y, m] => {
            let y = num(y)?;
            if let Some(m) = num(m) {
                return Some((day(y, m, 1)?, last_day_of_month(y, m)?));
            }
            match *m {
                "SP" => Some((day(y, 3, 1)?, day(y, 5, 31)?)),
                "SU" => Some((day(y, 6, 1)?, day(y, 8, 31)?)),
                "FA" => Some((day(y, 9, 1)?, day(y, 11, 30)?)),
                "WI" => Some((day(y, 12, 1)?, last_day_of_month(y + 1, 2)?)),
                "Q1" | "Q2" | "Q3" | "Q4" => {
                    let q = num(&m[1..])?;
                    Some((day(y, 3 * q - 2, 1)?, last_day_of_month(y, 3 * q)?))
                }
                "H1" => Some((day(y, 1, 1)?, day(y, 6, 30)?)),
                "H2" => Some((day(y, 7, 1)?, day(y, 12, 31)?)),
                w if w.starts_with('W') => {
                    let start = iso_week_start(y, num(&w[1..])?)?;
                    Some((start, add_days(start, 6)?))
                }
                _ => None,
            }
        }
        [y, w, we] if w.starts_with('W') && *we == "WE" => {
            let start = iso_week_start(num(y)?, num(&w[1..])?)?;
            Some((add_days(start, 5)?, add_days(start, 6)?))
        }
        [y, m, d] => {
            let d = day(num(y)?, num(m)?, num(d)?)?;
            Some((d, d))
        }
        _ => None,
    }
}

/// Easter Sunday (Gregorian), by the anonymous Gregorian computus.
pub fn easter(year: i64) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day_of_month = (h + l - 7 * m + 114) % 31 + 1;
    day(year, month, day_of_month)
}

/// The `n`th `weekday` of a month (n = -1 for the last).
pub fn nth_weekday(year: i64, month: i64, weekday: Weekday, n: i8) -> Option<Date> {
    day(year, month, 1)?.nth_weekday_of_month(n, weekday).ok()
}

/// A holiday's date in a year, by its lexicon code ("12-25", "easter", "thanksgiving").
pub fn holiday(code: &str, year: i64) -> Option<Date> {
    match code {
        "easter" => easter(year),
        "good_friday" => add_days(easter(year)?, -2),
        "thanksgiving" => nth_weekday(year, 11, Weekday::Thursday, 4),
        "memorial_day" => nth_weekday(year, 5, Weekday::Monday, -1),
        "labor_day" => nth_weekday(year, 9, Weekday::Monday, 1),
        // US federal elections: the Tuesday after the first Monday in November.
        "election_day" => add_days(nth_weekday(year, 11, Weekday::Monday, 1)?, 1),
        fixed => {
            let (m, d) = fixed.split_once('-')?;
            day(year, m.parse().ok()?, d.parse().ok()?)
        }
    }
}

/// A sane default for tests and for dates far from any text.
#[allow(dead_code)]
pub fn epoch() -> Date {
    date(1970, 1, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(v: &str) -> (String, String) {
        let s = span_of(v).unwrap_or_else(|| panic!("no span for {v}"));
        (s.start.to_string(), s.end.to_string())
    }

    #[test]
    fn spans_of_each_granularity() {
        assert_eq!(span("2017-05-02"), ("2017-05-02".into(), "2017-05-02".into()));
        assert_eq!(span("2017-04"), ("2017-04-01".into(), "2017-04-30".into()));
        assert_eq!(span("2017-W18"), ("2017-05-01".into(), "2017-05-07".into()));
        assert_eq!(span("2017-SU"), ("2017-06-01".into(), "2017-08-31".into()));
        assert_eq!(span("2016"), ("2016-01-01".into(), "2016-12-31".into()));
        assert_eq!(span("199"), ("1990-01-01".into(), "1999-12-31".into()));
        assert_eq!(span("19"), ("1900-01-01".into(), "1999-12-31".into()));
        assert_eq!(span("1998-Q3"), ("1998-07-01".into(), "1998-09-30".into()));
        assert_eq!(span("2017-05-02TAF"), ("2017-05-02".into(), "2017-05-02".into()));
        assert_eq!(span("2017-W18-WE"), ("2017-05-06".into(), "2017-05-07".into()));
        assert_eq!(span("2015-WI"), ("2015-12-01".into(), "2016-02-29".into()));
        // Ranges: from the start of one to the end of the other, never backwards.
        assert_eq!(span("2023-07-11/2023-07-12"), ("2023-07-11".into(), "2023-07-12".into()));
        assert_eq!(span("1998/2001"), ("1998-01-01".into(), "2001-12-31".into()));
        assert!(span_of("2023-07-12/2023-07-11").is_none());
        assert!(span_of("2023-07-11/").is_none());
    }

    #[test]
    fn iso_week_53_and_leap_days() {
        // 2020 has 53 ISO weeks; its week 53 runs into January 2021.
        assert_eq!(span("2020-W53"), ("2020-12-28".into(), "2021-01-03".into()));
        assert_eq!(iso_week_value(date(2021, 1, 1)), "2020-W53");
        assert!(span_of("2021-W53").is_none());
        assert!(span_of("2019-02-29").is_none());
        assert!(span_of("2020-02-29").is_some());
        assert!(span_of("PAST_REF").is_none());
        assert!(span_of("99999-99-99").is_none());
    }

    #[test]
    fn halves_split_a_span_by_days() {
        let half = |v: &str, first: bool| {
            let h = half_of(&span_of(v).expect("span"), first);
            (h.start.to_string(), h.end.to_string())
        };
        assert_eq!(half("2025-02", true), ("2025-02-01".into(), "2025-02-14".into()));
        assert_eq!(half("2025-02", false), ("2025-02-15".into(), "2025-02-28".into()));
        assert_eq!(half("2024-03", true), ("2024-03-01".into(), "2024-03-16".into()));
        assert_eq!(half("2024-03-05", false), ("2024-03-05".into(), "2024-03-05".into()));
    }

    #[test]
    fn computed_holidays() {
        assert_eq!(easter(2017), Some(date(2017, 4, 16)));
        assert_eq!(easter(2024), Some(date(2024, 3, 31)));
        assert_eq!(holiday("thanksgiving", 2017), Some(date(2017, 11, 23)));
        assert_eq!(holiday("12-25", 2017), Some(date(2017, 12, 25)));
        assert_eq!(holiday("good_friday", 2017), Some(date(2017, 4, 14)));
    }
}
