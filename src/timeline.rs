//! Timeline layout: the pure math behind the timeline view — which lanes exist, where each
//! event sits and how events stack within a lane, which ticks and labels the time axis shows
//! at a zoom level, and how dense each lane is when there are too many events to draw one by
//! one. No egui: the app paints what these functions compute, and they are tested here.
//!
//! Time is measured in days since 1970-01-01 (as `f64`), so a day is one unit on the x axis
//! and an event's bar runs from its first day to the day after its last.

use std::collections::HashMap;

use jiff::civil::Date;

use crate::filter::Filter;
use crate::model::{Article, ArticleId, Event, EventId, EventKind, EventStatus};

/// Days since 1970-01-01 of the start of `date`.
pub fn day_number(date: Date) -> f64 {
    (date - Date::constant(1970, 1, 1)).get_days() as f64
}

/// The calendar day at x (days since 1970-01-01), if it is a representable date.
pub fn date_at(x: f64) -> Option<Date> {
    if !x.is_finite() || x.abs() > 3_000_000.0 {
        return None;
    }
    Date::constant(1970, 1, 1).checked_add(jiff::Span::new().days(x.floor() as i64)).ok()
}

/// How events are grouped into lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
pub enum LaneMode {
    #[default]
    Kind,
    Article,
    Participant,
}

/// One horizontal lane of the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    pub name: String,
    /// Set when lanes are by kind, for the lane's colour.
    pub kind: Option<EventKind>,
    /// First row of this lane, counted from the top.
    pub first_row: usize,
    pub rows: usize,
}

/// An event placed on the timeline. A participant lane mode can place one event in several
/// lanes, so `event` may repeat.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub event: EventId,
    pub kind: EventKind,
    pub lane: usize,
    /// Row from the top across all lanes: `lane.first_row + row within lane`.
    pub row: usize,
    /// First day (inclusive) and the day after the last (exclusive), as day numbers.
    pub start: f64,
    pub end: f64,
    pub planned: bool,
    pub approximate: bool,
}

/// Everything the timeline view draws, computed once per change of the corpus or options.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    pub lanes: Vec<Lane>,
    /// Sorted by `start`.
    pub items: Vec<Placed>,
    /// The longest item, so a visible-range search can find bars that start before the view.
    pub longest: f64,
    pub undated: Vec<EventId>,
    /// First and last day covered by any item.
    pub extent: Option<(f64, f64)>,
    pub total_rows: usize,
}

/// Options that change the layout.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutOptions {
    pub mode: LaneMode,
    /// Kinds shown; `Other` is hidden by default.
    pub hidden_kinds: Vec<EventKind>,
    /// Room kept after each event for its label, in days at the current zoom, so labels in
    /// one row never overlap: events that would collide go to the next row.
    pub label_days: f64,
    /// Participant, place, article and status filters.
    pub filter: Filter,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions {
            mode: LaneMode::Kind,
            hidden_kinds: vec![EventKind::Other],
            label_days: 0.0,
            filter: Filter::default(),
        }
    }
}

/// Lays events out in lanes and rows.
pub fn layout(events: &[Event], articles: &[Article], options: &LayoutOptions) -> Layout {
    let article_names: HashMap<ArticleId, &str> = articles.iter().map(|a| (a.id, a.title.as_str())).collect();
    // Lane names in first-seen order per mode; kinds in their fixed order.
    let mut lane_index: HashMap<String, usize> = HashMap::new();
    let mut lanes: Vec<Lane> = Vec::new();
    if options.mode == LaneMode::Kind {
        for kind in EventKind::ALL.iter().filter(|k| !options.hidden_kinds.contains(k)) {
            lane_index.insert(kind.as_str().to_owned(), lanes.len());
            lanes.push(Lane { name: kind_label(*kind).to_owned(), kind: Some(*kind), first_row: 0, rows: 1 });
        }
    }
    let mut pending: Vec<(usize, Placed)> = Vec::new();
    let mut undated = Vec::new();
    for event in events.iter().filter(|e| !options.hidden_kinds.contains(&e.kind) && options.filter.keeps(e))
    {
        let Some(when) = &event.when else {
            undated.push(event.id);
            continue;
        };
        let keys: Vec<String> = match options.mode {
            LaneMode::Kind => vec![event.kind.as_str().to_owned()],
            LaneMode::Article => {
                let mut ids: Vec<ArticleId> = event.mentions.iter().map(|m| m.article).collect();
                ids.dedup();
                ids.into_iter().map(|id| article_names.get(&id).copied().unwrap_or("?").to_owned()).collect()
            }
            LaneMode::Participant if event.participants.is_empty() => vec!["(no participants)".to_owned()],
            LaneMode::Participant => event.participants.clone(),
        };
        for key in keys {
            let lane = *lane_index.entry(key.clone()).or_insert_with(|| {
                lanes.push(Lane { name: key, kind: None, first_row: 0, rows: 1 });
                lanes.len() - 1
            });
            let start = day_number(when.span.start);
            let end = day_number(when.span.end) + 1.0;
            pending.push((
                lane,
                Placed {
                    event: event.id,
                    kind: event.kind,
                    lane,
                    row: 0,
                    start,
                    end,
                    planned: matches!(event.status, EventStatus::Planned),
                    approximate: when.approximate,
                },
            ));
        }
    }
    // Stack within each lane: greedy interval partitioning, shortest first among equals so
    // day markers are not buried under long spans.
    pending.sort_by(|a, b| {
        a.0.cmp(&b.0).then(a.1.start.total_cmp(&b.1.start)).then(a.1.end.total_cmp(&b.1.end))
    });
    let mut rows_end: Vec<Vec<f64>> = vec![Vec::new(); lanes.len()];
    for (lane, item) in &mut pending {
        let ends = &mut rows_end[*lane];
        let free = ends.iter().position(|&end| end <= item.start);
        let reach = item.end.max(item.start + options.label_days);
        item.row = match free {
            Some(row) => {
                ends[row] = reach;
                row
            }
            None => {
                ends.push(reach);
                ends.len() - 1
            }
        };
    }
    let mut next_row = 0;
    for (lane, ends) in lanes.iter_mut().zip(&rows_end) {
        lane.first_row = next_row;
        lane.rows = ends.len().max(1);
        next_row += lane.rows;
    }
    let mut items: Vec<Placed> = pending
        .into_iter()
        .map(|(lane, mut item)| {
            item.row += lanes[lane].first_row;
            item
        })
        .collect();
    items.sort_by(|a, b| a.start.total_cmp(&b.start));
    let longest = items.iter().map(|i| i.end - i.start).fold(0.0, f64::max);
    let extent = items.iter().fold(None, |acc: Option<(f64, f64)>, i| match acc {
        None => Some((i.start, i.end)),
        Some((lo, hi)) => Some((lo.min(i.start), hi.max(i.end))),
    });
    Layout { lanes, items, longest, undated, extent, total_rows: next_row }
}

impl Layout {
    /// The index range of items that may be visible between days `min` and `max`: found by
    /// binary search, so a frame never walks all items.
    pub fn visible(&self, min: f64, max: f64) -> std::ops::Range<usize> {
        let from = self.items.partition_point(|i| i.start < min - self.longest);
        let to = self.items.partition_point(|i| i.start <= max);
        from..to.max(from)
    }

    /// How many items start in each of `bins` equal slices of `min..max`, per lane row:
    /// the level-of-detail view when there are too many events to draw one by one.
    /// Returns one `Vec` of counts per row, filled into `out` so frames do not allocate.
    pub fn density(&self, min: f64, max: f64, bins: usize, out: &mut Vec<u32>) {
        out.clear();
        out.resize(self.total_rows * bins, 0);
        if bins == 0 || max <= min {
            return;
        }
        let scale = bins as f64 / (max - min);
        for item in &self.items[self.visible(min, max)] {
            let first = (((item.start.max(min) - min) * scale) as usize).min(bins - 1);
            let last =
                (((item.end.min(max) - min) * scale - 1e-9).max(0.0) as usize).min(bins - 1).max(first);
            for bin in first..=last {
                out[item.row * bins + bin] += 1;
            }
        }
    }
}

/// The lane title for a kind.
pub fn kind_label(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Call => "Calls",
        EventKind::Meeting => "Meetings",
        EventKind::Visit => "Visits",
        EventKind::Talks => "Talks",
        EventKind::Summit => "Summits",
        EventKind::Strike => "Strikes",
        EventKind::Election => "Elections",
        EventKind::Other => "Other dates",
    }
}

/// The unit between two ticks on the time axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickUnit {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl TickUnit {
    /// Roughly how many days one step is, for choosing a unit.
    fn days(self) -> f64 {
        match self {
            TickUnit::Day => 1.0,
            TickUnit::Week => 7.0,
            TickUnit::Month => 30.44,
            TickUnit::Quarter => 91.3,
            TickUnit::Year => 365.25,
            TickUnit::Decade => 3652.5,
            TickUnit::Century => 36525.0,
        }
    }
}

/// One labelled mark on the time axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: String,
    pub unit: TickUnit,
}

/// The widest step whose labels still fit: a label wants about `min_label_px` pixels, so at
/// `days_per_px` the step must be at least that many days. Calendar steps (months, years)
/// rather than round numbers of days, because "Apr 2017" is what a reader looks for.
pub fn tick_unit(days_per_px: f64, min_label_px: f64) -> TickUnit {
    let min_days = days_per_px * min_label_px;
    [TickUnit::Day, TickUnit::Week, TickUnit::Month, TickUnit::Quarter, TickUnit::Year, TickUnit::Decade]
        .into_iter()
        .find(|u| u.days() >= min_days)
        .unwrap_or(TickUnit::Century)
}

/// Ticks between days `min` and `max` at `unit`, at most `limit` of them.
pub fn ticks(min: f64, max: f64, unit: TickUnit, limit: usize) -> Vec<Tick> {
    let (Some(first), Some(_)) = (date_at(min), date_at(max)) else { return Vec::new() };
    let mut out = Vec::new();
    let mut date = align(first, unit);
    while out.len() < limit {
        let x = day_number(date);
        if x > max {
            break;
        }
        if x >= min {
            out.push(Tick { x, label: tick_label(date, unit), unit });
        }
        let Some(next) = step(date, unit) else { break };
        date = next;
    }
    out
}

/// The label for a tick: "1990s", "2017", "Apr 2017", "Tue 2 May".
pub fn tick_label(date: Date, unit: TickUnit) -> String {
    match unit {
        TickUnit::Century | TickUnit::Decade => format!("{}s", date.year()),
        TickUnit::Year => date.year().to_string(),
        TickUnit::Quarter | TickUnit::Month => date.strftime("%b %Y").to_string(),
        TickUnit::Week | TickUnit::Day => date.strftime("%a %-d %b").to_string(),
    }
}

fn align(date: Date, unit: TickUnit) -> Date {
    let year = date.year();
    let aligned = match unit {
        TickUnit::Day => Some(date),
        TickUnit::Week => {
            date.checked_sub(jiff::Span::new().days(i64::from(date.weekday().to_monday_zero_offset()))).ok()
        }
        TickUnit::Month => Some(date.first_of_month()),
        TickUnit::Quarter => Date::new(year, (date.month() - 1) / 3 * 3 + 1, 1).ok(),
        TickUnit::Year => Date::new(year, 1, 1).ok(),
        TickUnit::Decade => Date::new(year - year.rem_euclid(10), 1, 1).ok(),
        TickUnit::Century => Date::new(year - year.rem_euclid(100), 1, 1).ok(),
    };
    aligned.unwrap_or(date)
}

fn step(date: Date, unit: TickUnit) -> Option<Date> {
    let span = match unit {
        TickUnit::Day => jiff::Span::new().days(1),
        TickUnit::Week => jiff::Span::new().days(7),
        TickUnit::Month => jiff::Span::new().months(1),
        TickUnit::Quarter => jiff::Span::new().months(3),
        TickUnit::Year => jiff::Span::new().years(1),
        TickUnit::Decade => jiff::Span::new().years(10),
        TickUnit::Century => jiff::Span::new().years(100),
    };
    date.checked_add(span).ok()
}

/// The x range that shows everything with a margin, or a week around today's position
/// if there is nothing to show.
pub fn fit(extent: Option<(f64, f64)>) -> (f64, f64) {
    match extent {
        Some((lo, hi)) => {
            // Labels run to the right of their events: leave them room on that side.
            let width = (hi - lo).max(7.0);
            (lo - width * 0.05, lo + width * 1.35)
        }
        None => (day_number(Date::constant(2017, 1, 1)), day_number(Date::constant(2018, 1, 1))),
    }
}

/// Zooms the range `min..max` by `factor` (< 1 zooms in) keeping `center` where it is on
/// screen; the width stays between an hour and a millennium so no zoom loses the view.
pub fn zoom(min: f64, max: f64, factor: f64, center: f64) -> (f64, f64) {
    let width = ((max - min) * factor).clamp(1.0 / 24.0, 365_250.0);
    let t = if max > min { ((center - min) / (max - min)).clamp(0.0, 1.0) } else { 0.5 };
    let new_min = center - t * width;
    (new_min, new_min + width)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Mention, TimeSpan, When};
    use jiff::civil::date;

    fn event(id: u32, kind: EventKind, start: Date, end: Date) -> Event {
        Event {
            id: EventId(id),
            kind,
            title: format!("e{id}"),
            when: Some(When {
                span: TimeSpan { value: String::new(), start, end },
                expression: None,
                anchor: None,
                approximate: false,
            }),
            status: EventStatus::Happened,
            participants: vec!["A".into()],
            location: None,
            mentions: vec![Mention {
                article: ArticleId(0),
                trigger_start: 0,
                trigger_end: 1,
                sentence_start: 0,
                sentence_end: 1,
            }],
            merge_reasons: Vec::new(),
            note: None,
            corrected: Vec::new(),
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(day_number(date(1970, 1, 2)), 1.0);
        assert_eq!(date_at(day_number(date(2017, 5, 2)) + 0.7), Some(date(2017, 5, 2)));
        assert_eq!(date_at(f64::NAN), None);
        assert_eq!(date_at(1e12), None);
    }

    #[test]
    fn overlapping_events_stack_and_others_share_a_row() {
        let events = vec![
            event(0, EventKind::Call, date(2017, 4, 1), date(2017, 4, 30)),
            event(1, EventKind::Call, date(2017, 4, 10), date(2017, 4, 10)),
            event(2, EventKind::Call, date(2017, 6, 1), date(2017, 6, 1)),
            event(3, EventKind::Strike, date(2017, 4, 10), date(2017, 4, 10)),
        ];
        let layout = layout(&events, &[], &LayoutOptions::default());
        let row = |id: u32| layout.items.iter().find(|i| i.event == EventId(id)).map(|i| i.row);
        assert_ne!(row(0), row(1), "overlapping calls share a row");
        assert_eq!(row(0), row(2), "a later call reuses the free row");
        let calls = &layout.lanes[0];
        assert_eq!((calls.name.as_str(), calls.rows), ("Calls", 2));
        assert!(row(3).unwrap_or(0) >= calls.first_row + calls.rows, "strikes sit below calls");
        assert!(layout.lanes.iter().all(|l| l.kind != Some(EventKind::Other)), "other is hidden by default");
    }

    #[test]
    fn label_room_pushes_close_events_to_new_rows() {
        let events = vec![
            event(0, EventKind::Call, date(2017, 4, 1), date(2017, 4, 1)),
            event(1, EventKind::Call, date(2017, 4, 3), date(2017, 4, 3)),
        ];
        let tight = layout(&events, &[], &LayoutOptions { label_days: 10.0, ..LayoutOptions::default() });
        assert_eq!(tight.lanes[0].rows, 2);
        let loose = layout(&events, &[], &LayoutOptions::default());
        assert_eq!(loose.lanes[0].rows, 1);
    }

    #[test]
    fn participant_lanes_repeat_an_event_per_participant_and_undated_are_listed() {
        let mut two = event(0, EventKind::Call, date(2017, 4, 1), date(2017, 4, 1));
        two.participants = vec!["Putin".into(), "Trump".into()];
        let mut undated = event(1, EventKind::Call, date(2017, 4, 1), date(2017, 4, 1));
        undated.when = None;
        let layout = layout(
            &[two, undated],
            &[],
            &LayoutOptions { mode: LaneMode::Participant, ..Default::default() },
        );
        assert_eq!(layout.lanes.len(), 2);
        assert_eq!(layout.items.len(), 2);
        assert_eq!(layout.undated, vec![EventId(1)]);
    }

    #[test]
    fn visible_range_finds_long_bars_that_start_before_the_view() {
        let events = vec![
            event(0, EventKind::Summit, date(2017, 6, 1), date(2017, 8, 31)),
            event(1, EventKind::Call, date(2018, 1, 1), date(2018, 1, 1)),
        ];
        let layout = layout(&events, &[], &LayoutOptions::default());
        let view = layout.visible(day_number(date(2017, 7, 1)), day_number(date(2017, 7, 2)));
        assert!(layout.items[view].iter().any(|i| i.event == EventId(0)));
    }

    #[test]
    fn density_counts_per_row_and_bin() {
        let events: Vec<Event> = (0..10)
            .map(|i| event(i, EventKind::Call, date(2017, 1, 1 + i as i8), date(2017, 1, 1 + i as i8)))
            .collect();
        let layout = layout(&events, &[], &LayoutOptions::default());
        let mut bins = Vec::new();
        layout.density(day_number(date(2017, 1, 1)), day_number(date(2017, 1, 11)), 2, &mut bins);
        assert_eq!(bins.iter().sum::<u32>(), 10);
        assert_eq!(bins.len(), layout.total_rows * 2);
    }

    #[test]
    fn tick_units_follow_zoom_and_labels_read_like_a_calendar() {
        assert_eq!(tick_unit(0.01, 80.0), TickUnit::Day);
        assert_eq!(tick_unit(0.3, 80.0), TickUnit::Month);
        assert_eq!(tick_unit(3.0, 80.0), TickUnit::Year);
        assert_eq!(tick_unit(40.0, 80.0), TickUnit::Decade);
        assert_eq!(tick_label(date(2017, 5, 2), TickUnit::Day), "Tue 2 May");
        assert_eq!(tick_label(date(2017, 4, 1), TickUnit::Month), "Apr 2017");
        assert_eq!(tick_label(date(2017, 1, 1), TickUnit::Year), "2017");
        assert_eq!(tick_label(date(1990, 1, 1), TickUnit::Decade), "1990s");
        let months =
            ticks(day_number(date(2017, 3, 15)), day_number(date(2017, 6, 15)), TickUnit::Month, 100);
        let labels: Vec<&str> = months.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, vec!["Apr 2017", "May 2017", "Jun 2017"]);
        assert!(ticks(0.0, 1e9, TickUnit::Day, 50).len() <= 50);
    }

    #[test]
    fn zoom_keeps_the_point_under_the_cursor_and_stays_bounded() {
        let (lo, hi) = zoom(0.0, 100.0, 0.5, 25.0);
        assert!((lo - 12.5).abs() < 1e-9 && (hi - 62.5).abs() < 1e-9);
        let (lo, hi) = zoom(0.0, 1.0, 1e-9, 0.5);
        assert!(hi - lo >= 1.0 / 24.0 - 1e-12);
        let (lo, hi) = fit(Some((10.0, 20.0)));
        assert!(lo < 10.0 && hi > 20.0);
    }
}
