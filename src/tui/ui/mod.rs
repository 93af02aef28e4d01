//! Pure rendering: `&View` in, cells out. Nothing here changes state or does I/O.

mod bars;
mod clip;
mod detail;
mod list;
mod marks;
mod messages;
mod overlay;
mod pane;
mod quotes;
mod selection;
pub mod spans;
mod speakers;
mod timeline;
mod views;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::layout::{Focus, Kind};
use super::state::{AppState, Overlay};
use super::theme::{Role, Theme};
use crate::store::Store;
pub use crate::tui::symbols::Symbols;

pub struct View<'a> {
    pub store: &'a Store,
    pub state: &'a AppState,
    pub theme: &'a Theme,
    pub symbols: &'a Symbols,
}

impl Widget for &View<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        buf.set_style(area, self.theme.style(Role::Text));
        let areas = self.state.areas();
        if areas.kind == Kind::TooSmall
            || area.width < self.state.width
            || area.height < self.state.height
        {
            too_small(self, area, buf);
            return;
        }
        if areas.kind == Kind::Zen {
            if let Some(text) = areas.text() {
                detail::render_zen(self, text, buf);
            }
            return;
        }
        bars::filter_bar(self, areas.filter, buf);
        bars::status_bar(self, areas.status, buf);
        if let Some(a) = areas.list {
            list::render(self, a, buf);
        }
        if let (Some(a), Some(text)) = (areas.detail, areas.text()) {
            detail::render(self, a, text, buf);
        }
        if let Some(a) = areas.quotes {
            quotes::render(self, a, buf);
        }
        if let Some(a) = areas.timeline {
            timeline::render(self, a, buf);
        }
        match &self.state.overlay {
            Overlay::Help(help) => overlay::help(self, help, area, buf),
            Overlay::Problems { scroll } => overlay::problems(self, *scroll, area, buf),
            Overlay::Tags(picker) => overlay::tags(self, picker, area, buf),
            Overlay::Views(picker) => views::render(self, picker, area, buf),
            Overlay::Speakers(picker) => speakers::render(self, picker, area, buf),
            Overlay::Messages { scroll } => messages::render(self, *scroll, area, buf),
            Overlay::Clip { scroll } => {
                if let Some(copied) = &self.state.clip {
                    clip::render(self, copied, *scroll, area, buf);
                }
            }
            Overlay::None => {}
        }
    }
}

impl View<'_> {
    fn focused(&self, pane: Focus) -> bool {
        self.state.focus == pane && matches!(self.state.overlay, Overlay::None)
    }
}

fn too_small(view: &View, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let text = "Terminal too small: make it at least 20x6, or press q to quit.";
    Paragraph::new(Line::from(spans::truncate(
        text,
        usize::from(area.width) * usize::from(area.height),
        "",
    )))
    .style(view.theme.style(Role::Warning))
    .wrap(Wrap { trim: true })
    .render(area, buf);
}

#[cfg(test)]
mod ascii_tests;
#[cfg(test)]
mod bytes_tests;
#[cfg(test)]
mod contrast_tests;
#[cfg(test)]
mod keys_named_tests;
#[cfg(test)]
mod layouts_tests;
#[cfg(test)]
mod lookup_tests;
#[cfg(test)]
pub(crate) mod styled;
#[cfg(test)]
mod suggest_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod views_tests;
#[cfg(test)]
mod watch_tests;
