//! Timeline layout: the pure math behind the timeline view (which lanes exist, where each
//! event sits and stacks, which ticks and labels the axis shows at a zoom level). No egui:
//! the app paints what these functions compute, and they are tested here without a window.
