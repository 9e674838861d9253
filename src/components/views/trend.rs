//! The trend view: the territory and the chosen communes over the years.

use std::sync::Arc;

use en_action_core::territory::Territory;
use en_action_view::chart::trend::{trend_option, ChartLine, TrendSpec};
use en_action_view::chart::trend_picture::trend_picture;
use en_action_view::finding::{goal_label, trend_finding};
use en_action_view::i18n::{self, data, fill};
use en_action_view::lines::years_in;
use leptos::prelude::*;

use super::data_table::YearTable;
use super::downloads::Downloads;
use super::{narrow_screen, number_format, prefers_reduced_motion, qualified_title};
use crate::components::chart::{Chart, SendInstance};
use crate::components::later::Later;
use crate::components::picture::PictureBox;
use crate::pages::indicator::PageModel;
use crate::store::Computed;

#[component]
pub fn TrendView(territory: Arc<Territory>, computed: Arc<Computed>, model: Memo<PageModel>) -> impl IntoView {
    let animate = !prefers_reduced_motion();
    let presenting = use_context::<crate::components::presenting::Presenting>().is_some();
    // On a phone, the lines' names go to a legend under the plot.
    let narrow = narrow_screen(presenting);
    let c = computed.clone();
    let t = territory.clone();
    let spec = Memo::new(move |_| {
        let m = model.get();
        let ind = &c.indicator;
        let untransformed = !m.transform.per_capita && !m.transform.index100;
        let years = years_in(ind, m.range);
        let line = |l: &en_action_view::lines::ShownLine| ChartLine { name: l.name.clone(), values: years.iter().map(|y| l.series.get(*y)).collect() };
        TrendSpec {
            territory: m.lines.first().map(line),
            communes: m.lines.iter().skip(1).map(line).collect(),
            target: ind.target().filter(|_| untransformed).map(|t| (t.year, t.value, goal_label(t.year, t.value, data::unit(ind), ind.decimals))),
            events: t
                .events
                .iter()
                .filter(|e| e.axes.is_empty() || e.axes.contains(&ind.axis))
                .map(|e| (e.date.as_fractional_year(), data::event_label(e).plain()))
                .filter(|(x, _)| *x >= f64::from(m.range.0) - 0.5 && *x <= f64::from(m.range.1) + 0.5)
                .collect(),
            // A break's label has no English version in the files: French, marked.
            breaks: ind.breaks.iter().filter(|b| b.year > m.range.0 && b.year <= m.range.1).map(|b| (b.year, data::break_label(b).plain())).collect(),
            animate,
            narrow: narrow.get(),
            years,
        }
    });
    let option = Signal::derive(move || trend_option(&spec.get()));
    let c = computed.clone();
    // One sentence per line: the territory first (the headline), then up to three communes.
    let findings = Memo::new(move |_| {
        let m = model.get();
        let ind = &c.indicator;
        let title = qualified_title(&data::title(ind).plain(), &m.measure);
        m.lines
            .iter()
            .take(4)
            .map(|l| trend_finding(&title, &l.name, &m.measure.unit, m.measure.decimals, &l.series, ind.direction))
            .collect::<Vec<_>>()
    });
    let c = computed.clone();
    // Changes measured across a series break are flagged in words, not only on the chart.
    let caveat = Memo::new(move |_| {
        let m = model.get();
        c.indicator
            .breaks
            .iter()
            .find(|b| b.year > m.range.0 && b.year <= m.range.1)
            .map(|b| format!(" {}", fill(i18n::t().indicator().break_caveat, &[("year", &b.year.to_string()), ("label", &data::break_label(b).plain())])))
            .unwrap_or_default()
    });
    let headline = Signal::derive(move || findings.with(|f| f.first().cloned().unwrap_or_default()) + &caveat.get());
    let details = move || findings.with(|f| f.iter().skip(1).cloned().collect::<Vec<_>>().join(" "));
    let finding = Signal::derive(move || findings.with(|f| f.join(" ")) + &caveat.get());
    let format = number_format(model);
    let instance = RwSignal::new(None::<SendInstance>);
    // The chart is first a picture drawn here (no ECharts in the first view: 200 kB and a
    // long task less on a phone); the live chart, with its tooltips, comes when the reader
    // reaches for it or asks for an image. On a slide it is live at once (drawn for the
    // projector, which the picture is not).
    let live = RwSignal::new(presenting);
    let picture = Callback::new(move |(w, h): (f64, f64)| trend_picture(&spec.get(), w, h, format.with(|f| f.decimals)));
    let reach = Callback::new(move |()| live.set(true));
    if !presenting {
        crate::echarts::prefetch_soon();
    }
    view! {
        <p class="finding" id="constat">{headline}</p>
        {move || { let d = details(); (!d.is_empty()).then(|| view! { <p class="finding-detail">{d}</p> }) }}
        <Chart option=option format=format label=finding on_instance=Callback::new(move |i| instance.set(i)) until=live>
            {move || (!presenting && instance.with(Option::is_none)).then(|| view! { <PictureBox draw=picture on_reach=reach kind="trend"/> })}
        </Chart>
        // Below the chart, a task later (as the ranking's): the first view paints its chart first.
        <Later>
            <YearTable computed=computed.clone() model=model/>
            <Downloads territory=territory.clone() computed=computed.clone() model=model instance=instance view_name="evolution" finding=finding picture=picture/>
        </Later>
    }
}
