//! The timeline panel: egui_plot draws the axes and handles the view; this panel paints the
//! events from a cached `timeline::Layout`, culled to the visible range, and switches to
//! per-row density bars when too many events are in view to draw one by one.

use eframe::egui;
use egui::{Align2, Color32, FontId, Pos2, Rect, Stroke, StrokeKind, Vec2};
use egui_plot::{GridInput, GridMark, Plot, PlotBounds};

use crate::corpus::Corpus;
use crate::model::{EventId, EventKind};
use crate::timeline::{self, LaneMode, Layout, LayoutOptions};

/// Above this many events in view, draw density instead of markers.
const DETAIL_LIMIT: usize = 1500;
/// Above this many events in view, draw markers without labels.
const LABEL_LIMIT: usize = 400;
/// Above this many events, stacking ignores label room (see `refresh`).
const LABEL_STACKING_LIMIT: usize = 5000;
/// Pixels a label wants, for stacking and for tick spacing.
const LABEL_PX: f64 = 150.0;
const TICK_LABEL_PX: f64 = 90.0;

/// The colour of each kind, shared by the legend, the markers and the detail panel.
pub fn kind_color(kind: EventKind) -> Color32 {
    match kind {
        EventKind::Call => Color32::from_rgb(66, 133, 244),
        EventKind::Meeting => Color32::from_rgb(52, 168, 83),
        EventKind::Visit => Color32::from_rgb(0, 172, 193),
        EventKind::Talks => Color32::from_rgb(171, 71, 188),
        EventKind::Summit => Color32::from_rgb(251, 140, 0),
        EventKind::Strike => Color32::from_rgb(229, 57, 53),
        EventKind::Election => Color32::from_rgb(121, 85, 72),
        EventKind::Other => Color32::from_rgb(140, 140, 140),
    }
}

/// Timeline state: the layout cache and the visible range.
#[derive(Default)]
pub struct TimelineView {
    pub options: LayoutOptions,
    layout: Layout,
    /// The corpus generation the layout was built from.
    built_for: Option<(u64, i32)>,
    /// The x range shown; `None` until the first frame fits everything.
    view: Option<(f64, f64)>,
    /// Screen rectangles of the events drawn last frame, for hit testing and tests.
    drawn: Vec<(Rect, EventId)>,
    density: Vec<u32>,
    pub hovered: Option<EventId>,
    /// Search matches by event id: matching events are highlighted, the rest dimmed.
    highlight: Option<Vec<bool>>,
    /// Where the plot was drawn last frame (for the PNG export).
    pub frame_rect: Option<Rect>,
}

impl TimelineView {
    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// Forces the layout to be rebuilt next frame (options changed).
    pub fn invalidate(&mut self) {
        self.built_for = None;
    }

    /// Shows everything.
    pub fn fit_all(&mut self) {
        self.view = Some(timeline::fit(self.layout.extent));
    }

    pub fn visible_range(&self) -> Option<(f64, f64)> {
        self.view
    }

    pub fn set_visible_range(&mut self, min: f64, max: f64) {
        if min.is_finite() && max.is_finite() && max > min {
            self.view = Some((min, max));
        }
    }

    /// Highlights these events and dims the rest; `None` shows all alike.
    pub fn set_highlight(&mut self, matches: Option<&[EventId]>, event_count: usize) {
        self.highlight = matches.map(|ids| {
            let mut marks = vec![false; event_count];
            for id in ids {
                if let Some(mark) = marks.get_mut(id.0 as usize) {
                    *mark = true;
                }
            }
            marks
        });
    }

    /// True when the event is drawn highlighted (there is a search and it matches).
    pub fn is_highlighted(&self, event: EventId) -> bool {
        self.highlight.as_ref().is_some_and(|h| h.get(event.0 as usize).copied().unwrap_or(false))
    }

    /// True when the event is drawn dimmed (there is a search and it does not match).
    pub fn is_dimmed(&self, event: EventId) -> bool {
        self.highlight.as_ref().is_some_and(|h| !h.get(event.0 as usize).copied().unwrap_or(false))
    }

    /// Scrolls the view so the event is in the middle, keeping the zoom unless the event
    /// is wider than the view. False if the event is not on the timeline (undated, hidden).
    pub fn center_on(&mut self, event: EventId) -> bool {
        let Some(item) = self.layout.items.iter().find(|i| i.event == event) else { return false };
        let (lo, hi) = self.view.unwrap_or_else(|| timeline::fit(self.layout.extent));
        let width = (hi - lo).max((item.end - item.start) * 1.5);
        let middle = (item.start + item.end) / 2.0;
        self.view = Some((middle - width / 2.0, middle + width / 2.0));
        true
    }

    /// Where an event was drawn last frame (its centre), for tests and keyboard focus.
    pub fn screen_position(&self, event: EventId) -> Option<Pos2> {
        self.drawn.iter().find(|(_, id)| *id == event).map(|(r, _)| r.center())
    }

    /// Rebuilds the layout when the corpus or the zoom bucket changed. Stacking depends on
    /// zoom (labels take room in days), so the zoom is bucketed by powers of two: zooming
    /// within a bucket costs nothing.
    fn refresh(&mut self, corpus: &Corpus, width_px: f64) {
        let days_per_px = self.view.map(|(lo, hi)| (hi - lo) / width_px.max(1.0)).unwrap_or(1.0);
        // Label room only matters while labels are drawn; a large corpus is stacked once,
        // by its dates alone, so zooming never re-lays it out.
        let bucket = if corpus.events().len() > LABEL_STACKING_LIMIT {
            i32::MIN
        } else {
            days_per_px.max(1e-6).log2().ceil() as i32
        };
        let key = (corpus.generation(), bucket);
        if self.built_for == Some(key) {
            return;
        }
        self.options.label_days = if bucket == i32::MIN { 0.0 } else { LABEL_PX * 2f64.powi(bucket) };
        let was_empty = self.layout.extent.is_none();
        self.layout = timeline::layout(corpus.events(), corpus.articles(), &self.options);
        // The first events to arrive (files loading into an empty window) are fitted.
        if self.view.is_none() || (was_empty && self.layout.extent.is_some()) {
            self.view = Some(timeline::fit(self.layout.extent));
        }
        self.built_for = Some(key);
    }

    /// Applies keyboard navigation: +/- zoom, arrows pan, Home fits all.
    fn keyboard(&mut self, ui: &egui::Ui) {
        let Some((lo, hi)) = self.view else { return };
        let width = hi - lo;
        let (zoom_in, zoom_out, left, right, home) = ui.input(|i| {
            (
                i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals),
                i.key_pressed(egui::Key::Minus),
                i.key_pressed(egui::Key::ArrowLeft),
                i.key_pressed(egui::Key::ArrowRight),
                i.key_pressed(egui::Key::Home),
            )
        });
        let center = (lo + hi) / 2.0;
        if zoom_in {
            self.view = Some(timeline::zoom(lo, hi, 0.7, center));
        }
        if zoom_out {
            self.view = Some(timeline::zoom(lo, hi, 1.0 / 0.7, center));
        }
        if left {
            self.view = Some((lo - width * 0.2, hi - width * 0.2));
        }
        if right {
            self.view = Some((lo + width * 0.2, hi + width * 0.2));
        }
        if home {
            self.fit_all();
        }
    }

    /// Draws the timeline; returns the event the user clicked, if any.
    pub fn ui(&mut self, ui: &mut egui::Ui, corpus: &Corpus, selected: Option<EventId>) -> Option<EventId> {
        self.refresh(corpus, f64::from(ui.available_width()));
        if !ui.ctx().egui_wants_keyboard_input() {
            self.keyboard(ui);
        }
        let (lo, hi) = self.view.unwrap_or((0.0, 1.0));
        let rows = self.layout.total_rows.max(1) as f64;
        let lanes = self.layout.lanes.clone();
        let days_per_px = (hi - lo) / f64::from(ui.available_width().max(1.0));
        let plot = Plot::new("timeline")
            .allow_zoom(false)
            .allow_scroll(false)
            .allow_drag([true, false])
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .show_y(false)
            .show_x(false)
            .y_axis_min_width(110.0)
            .x_grid_spacer(move |input: GridInput| date_grid(input, days_per_px))
            .x_axis_formatter(|mark, _range| {
                let unit = unit_of_step(mark.step_size);
                timeline::date_at(mark.value).map(|d| timeline::tick_label(d, unit)).unwrap_or_default()
            })
            // One mark per lane, at its middle row, labelled with the lane's name.
            .y_grid_spacer(move |_input| {
                // A lane's step is its height: egui_plot hides labels whose step is under
                // 20 px, and a lane of many one-row-thin rows is still tall.
                lanes
                    .iter()
                    .map(|l| GridMark { value: lane_middle(l), step_size: l.rows.max(1) as f64 })
                    .collect()
            })
            .y_axis_formatter({
                let lanes = self.layout.lanes.clone();
                move |mark, _range| {
                    lanes
                        .iter()
                        .find(|l| (lane_middle(l) - mark.value).abs() < 1e-6)
                        .map(|l| l.name.clone())
                        .unwrap_or_default()
                }
            });
        let response = plot.show(ui, |plot_ui| {
            plot_ui.set_plot_bounds(PlotBounds::from_min_max([lo, -rows + 0.5 - 0.3], [hi, 0.5 + 0.3]));
        });
        let transform = response.transform;
        let frame = *transform.frame();
        self.frame_rect = Some(plot_response_rect(&response.response, frame));
        let plot_response = response.response;

        // The plot's own drag moved its bounds; read them back so panning sticks.
        let bounds = transform.bounds();
        let (mut lo, mut hi) = (bounds.min()[0], bounds.max()[0]);
        if plot_response.hovered() {
            let (scroll, zoom_delta, pointer) =
                ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta(), i.pointer.hover_pos()));
            let mut factor = f64::from(zoom_delta).recip();
            if scroll.y != 0.0 {
                factor *= (-f64::from(scroll.y) * 0.003).exp();
            }
            if (factor - 1.0).abs() > 1e-6
                && let Some(p) = pointer
            {
                let center = transform.value_from_position(p).x;
                (lo, hi) = timeline::zoom(lo, hi, factor, center);
            }
            if scroll.x != 0.0 {
                let shift = -f64::from(scroll.x) / transform.dpos_dvalue_x();
                lo += shift;
                hi += shift;
            }
        }
        if plot_response.double_clicked() {
            (lo, hi) = timeline::fit(self.layout.extent);
        }
        self.view = Some((lo, hi));

        let painter = ui.painter_at(frame);
        self.drawn.clear();
        let visible = self.layout.visible(bounds.min()[0], bounds.max()[0]);
        let to_screen = |x: f64, row: f64| transform.position_from_point(&egui_plot::PlotPoint::new(x, row));
        let text_color = ui.visuals().text_color();

        // Lane backgrounds, alternating for legibility, and separators.
        for (index, lane) in self.layout.lanes.iter().enumerate() {
            let top = to_screen(bounds.min()[0], -(lane.first_row as f64) + 0.5).y;
            let bottom = to_screen(bounds.min()[0], -((lane.first_row + lane.rows) as f64) + 0.5).y;
            let rect = Rect::from_x_y_ranges(frame.x_range(), top..=bottom);
            if index % 2 == 1 {
                painter.rect_filled(rect, 0.0, ui.visuals().faint_bg_color);
            }
            painter.hline(
                frame.x_range(),
                bottom,
                Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
            );
        }

        if visible.len() > DETAIL_LIMIT {
            // Level of detail: per-row density, like a data-density graph.
            let bins = (frame.width() / 3.0).max(1.0) as usize;
            self.layout.density(bounds.min()[0], bounds.max()[0], bins, &mut self.density);
            let max = self.density.iter().copied().max().unwrap_or(1).max(1) as f32;
            let bin_width = frame.width() / bins as f32;
            for row in 0..self.layout.total_rows {
                let lane_kind = self
                    .layout
                    .lanes
                    .iter()
                    .find(|l| (l.first_row..l.first_row + l.rows).contains(&row))
                    .and_then(|l| l.kind);
                let color = lane_kind.map(kind_color).unwrap_or(Color32::GRAY);
                let y = to_screen(bounds.min()[0], -(row as f64)).y;
                for bin in 0..bins {
                    let count = self.density[row * bins + bin];
                    if count == 0 {
                        continue;
                    }
                    let strength = 0.25 + 0.75 * (count as f32 / max).sqrt();
                    let x = frame.left() + bin as f32 * bin_width;
                    let rect =
                        Rect::from_min_max(Pos2::new(x, y - 6.0), Pos2::new(x + bin_width.max(1.0), y + 6.0));
                    painter.rect_filled(rect, 0.0, color.gamma_multiply(strength));
                }
            }
        } else {
            let font = FontId::proportional(12.0);
            let labels = visible.len() <= LABEL_LIMIT;
            let weak = ui.visuals().weak_text_color();
            let highlight_stroke = Stroke::new(2.0, ui.visuals().selection.bg_fill);
            for item in &self.layout.items[visible] {
                let dimmed = self.is_dimmed(item.event);
                let color =
                    if dimmed { kind_color(item.kind).gamma_multiply(0.2) } else { kind_color(item.kind) };
                let y = -(item.row as f64);
                let a = to_screen(item.start, y);
                let b = to_screen(item.end, y);
                let width = b.x - a.x;
                let is_selected = selected == Some(item.event);
                let stroke = if is_selected { Stroke::new(2.5, text_color) } else { Stroke::new(1.5, color) };
                let hit = if width >= 8.0 {
                    let rect = Rect::from_min_max(Pos2::new(a.x, a.y - 7.0), Pos2::new(b.x, a.y + 7.0));
                    if item.planned {
                        painter.rect_filled(rect, 3.0, color.gamma_multiply(0.15));
                        painter.rect_stroke(rect, 3.0, stroke, StrokeKind::Inside);
                    } else {
                        painter.rect_filled(
                            rect,
                            3.0,
                            color.gamma_multiply(if item.approximate { 0.6 } else { 0.9 }),
                        );
                        if is_selected {
                            painter.rect_stroke(rect, 3.0, stroke, StrokeKind::Outside);
                        }
                    }
                    rect
                } else {
                    let center = Pos2::new((a.x + b.x) / 2.0, a.y);
                    if item.planned {
                        painter.circle_stroke(center, 6.0, stroke);
                    } else {
                        painter.circle_filled(center, 6.0, color);
                        if is_selected {
                            painter.circle_stroke(center, 8.0, stroke);
                        }
                    }
                    Rect::from_center_size(center, Vec2::splat(16.0))
                };
                if self.is_highlighted(item.event) {
                    painter.rect_stroke(hit.expand(3.0), 4.0, highlight_stroke, StrokeKind::Outside);
                }
                let event = corpus.event(item.event);
                // The user's corrections show as a small mark at the top right.
                if event.is_some_and(|e| !e.corrected.is_empty()) {
                    painter.circle_filled(hit.right_top() + Vec2::new(1.0, 1.0), 3.0, text_color);
                }
                // The label goes right of the event, or inside a bar that runs off the view.
                let label_x = if hit.right() + 4.0 < frame.right() - 60.0 {
                    hit.right() + 4.0
                } else {
                    hit.left().max(frame.left()) + 4.0
                };
                if labels
                    && label_x < frame.right()
                    && let Some(event) = event
                {
                    painter.text(
                        Pos2::new(label_x, a.y),
                        Align2::LEFT_CENTER,
                        &event.title,
                        font.clone(),
                        if dimmed { weak } else { text_color },
                    );
                }
                self.drawn.push((hit, item.event));
            }
        }

        // Hover and click, on our own shapes.
        let pointer = ui.input(|i| i.pointer.hover_pos()).filter(|p| frame.contains(*p));
        self.hovered =
            pointer.and_then(|p| self.drawn.iter().rev().find(|(r, _)| r.contains(p)).map(|(_, id)| *id));
        if let Some(id) = self.hovered
            && let Some(event) = corpus.event(id)
        {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
            let date = event
                .when
                .as_ref()
                .map(|w| super::describe_span(&w.span))
                .unwrap_or_else(|| "undated".into());
            egui::Tooltip::always_open(
                ui.ctx().clone(),
                ui.layer_id(),
                ui.scope_id().with("event-tooltip"),
                egui::PopupAnchor::Pointer,
            )
            .show(|ui| {
                ui.strong(&event.title);
                ui.label(date);
                ui.label(format!("{} · {}", event.kind.as_str(), event.status.as_str()));
            });
        }
        let clicked =
            plot_response.clicked() || ui.input(|i| i.pointer.primary_clicked() && pointer.is_some());
        if clicked { self.hovered } else { None }
    }
}

/// The plot including its axes, for the PNG export.
fn plot_response_rect(response: &egui::Response, frame: Rect) -> Rect {
    response.rect.union(frame)
}

/// The y value of the middle of a lane (rows go downwards from 0).
fn lane_middle(lane: &timeline::Lane) -> f64 {
    -(lane.first_row as f64 + (lane.rows as f64 - 1.0) / 2.0)
}

/// Grid marks on calendar boundaries (months, years ...) for the x axis.
fn date_grid(input: GridInput, days_per_px: f64) -> Vec<GridMark> {
    let (min, max) = input.bounds;
    let unit = timeline::tick_unit(days_per_px.max(1e-9), TICK_LABEL_PX);
    // Centuries are the coarsest unit: over a millennium or more, label every 2nd, 5th,
    // 10th... century, so that labels keep their room (egui_plot hides closer ones).
    let every = if unit == timeline::TickUnit::Century {
        let needed = TICK_LABEL_PX * days_per_px / step_days(unit);
        [1, 2, 5, 10, 20, 50, 100].into_iter().find(|&n| n as f64 >= needed).unwrap_or(100)
    } else {
        1
    };
    timeline::ticks(min, max, unit, 200)
        .into_iter()
        .filter(|t| {
            every == 1
                || timeline::date_at(t.x)
                    .is_some_and(|d| (i64::from(d.year()) / 100).rem_euclid(every as i64) == 0)
        })
        .map(|t| GridMark { value: t.x, step_size: step_days(unit) * every as f64 })
        .collect()
}

fn step_days(unit: timeline::TickUnit) -> f64 {
    use timeline::TickUnit::*;
    match unit {
        Day => 1.0,
        Week => 7.0,
        Month => 30.0,
        Quarter => 91.0,
        Year => 365.0,
        Decade => 3650.0,
        Century => 36500.0,
    }
}

fn unit_of_step(step: f64) -> timeline::TickUnit {
    use timeline::TickUnit::*;
    match step {
        s if s >= 36000.0 => Century,
        s if s >= 3600.0 => Decade,
        s if s >= 360.0 => Year,
        s if s >= 90.0 => Quarter,
        s if s >= 28.0 => Month,
        s if s >= 7.0 => Week,
        _ => Day,
    }
}

/// The lane mode labels for the toolbar.
pub fn lane_mode_label(mode: LaneMode) -> &'static str {
    match mode {
        LaneMode::Kind => "Kind",
        LaneMode::Article => "Article",
        LaneMode::Participant => "Participant",
    }
}
