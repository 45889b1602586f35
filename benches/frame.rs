//! Timeline frame time (issue 6): 100,000 events over 30 years, drawn by the real timeline
//! panel on a headless egui context for a few hundred frames of scripted zooming and panning.
//! Prints the median and 95th percentile CPU time per frame, then lets criterion time a
//! steady frame.
//!
//! `cargo bench --bench frame`

use std::time::{Duration, Instant};

use chronicle::app::TimelineView;
use chronicle::corpus::Corpus;
use chronicle::model::{Article, ArticleId, Event, EventId, EventKind, EventStatus, Mention, TimeSpan, When};
use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use jiff::civil::date;

const EVENTS: u32 = 100_000;

/// Events spread over 1995..2025 with a mix of days, months and seasons, every kind.
fn corpus() -> Corpus {
    let article = Article {
        id: ArticleId(0),
        path: None,
        title: "synthetic".into(),
        text: "x".into(),
        reference: None,
        source: None,
        encoding: None,
    };
    let first = date(1995, 1, 1);
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        // xorshift: deterministic and dependency-free.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let events = (0..EVENTS)
        .map(|i| {
            let start = first.checked_add(jiff::Span::new().days((next() % 10_950) as i64)).unwrap_or(first);
            let length = match next() % 10 {
                0 => 90,
                1..=2 => 30,
                _ => 0,
            };
            let end = start.checked_add(jiff::Span::new().days(length)).unwrap_or(start);
            Event {
                id: EventId(i),
                kind: EventKind::ALL[(next() % 7) as usize],
                title: format!("Event {i}"),
                when: Some(When {
                    span: TimeSpan { value: start.to_string(), start, end },
                    expression: None,
                    anchor: None,
                    approximate: false,
                }),
                status: if next() % 5 == 0 { EventStatus::Planned } else { EventStatus::Happened },
                participants: vec![format!("P{}", next() % 50)],
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
        })
        .collect();
    Corpus::with_events(vec![article], events)
}

fn input(frame: u64) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 900.0))),
        time: Some(frame as f64 / 60.0),
        ..Default::default()
    }
}

/// The scripted view of frame `i`: zoom from 30 years to a week and back while panning.
fn view(i: u64) -> (f64, f64) {
    let t = (i % 300) as f64 / 300.0;
    let zoom = (1.0 - (t * std::f64::consts::TAU).cos()) / 2.0; // 0 -> 1 -> 0
    let width = 10_950.0 * (7.0f64 / 10_950.0).powf(zoom);
    let center = 9_131.0 + 10_950.0 * (0.2 + 0.6 * t);
    (center - width / 2.0, center + width / 2.0)
}

fn frames(c: &mut Criterion) {
    let corpus = corpus();
    let ctx = egui::Context::default();
    let mut timeline = TimelineView::default();
    let mut frame = 0u64;
    let draw = |timeline: &mut TimelineView, frame: u64| {
        let (lo, hi) = view(frame);
        timeline.set_visible_range(lo, hi);
        let _ = ctx.run_ui(input(frame), |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                let _ = timeline.ui(ui, &corpus, None);
            });
        });
    };
    // Warm up (layout cache, fonts), then time 600 scripted frames.
    for _ in 0..5 {
        draw(&mut timeline, frame);
        frame += 1;
    }
    let mut times: Vec<Duration> = (0..600)
        .map(|_| {
            let start = Instant::now();
            draw(&mut timeline, frame);
            frame += 1;
            start.elapsed()
        })
        .collect();
    times.sort();
    let median = times[times.len() / 2];
    let p95 = times[times.len() * 95 / 100];
    println!(
        "timeline frame, {EVENTS} events over 30 years, 600 frames of zoom and pan: median {median:.2?}, p95 {p95:.2?}"
    );
    c.bench_function("timeline_frame_100k", |b| {
        b.iter(|| {
            draw(&mut timeline, frame);
            frame += 1;
        })
    });
}

criterion_group!(benches, frames);
criterion_main!(benches);
