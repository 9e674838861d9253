// The parts of ECharts the dashboard uses, exposed as window.echarts for the dashboard's
// bindings (src/echarts.rs). Add a chart or component here when a view needs it; everything
// else stays out of the first-view weight (scripts/bench-web.mjs measures it).
import * as echarts from 'echarts/core';
import { LineChart, BarChart, HeatmapChart, MapChart } from 'echarts/charts';
import {
  TooltipComponent, GridComponent, MarkLineComponent, VisualMapPiecewiseComponent, LegendComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { LabelLayout } from 'echarts/features';
import langFR from 'echarts/i18n/langFR-obj.js';

echarts.use([
  LineChart, BarChart, HeatmapChart, MapChart, TooltipComponent, GridComponent,
  MarkLineComponent, VisualMapPiecewiseComponent, LegendComponent, SVGRenderer, LabelLayout,
]);
echarts.registerLocale('FR', langFR);

window.echarts = echarts;
