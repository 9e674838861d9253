// The parts of ECharts the dashboard uses, exposed as window.echarts for charming and for
// the dashboard's own bindings (src/echarts.rs). Add a chart or component here when a view
// needs it; everything else stays out of the first-view weight.
import * as echarts from 'echarts/core';
import { LineChart, BarChart, HeatmapChart, MapChart } from 'echarts/charts';
import {
  TitleComponent, TooltipComponent, LegendComponent, GridComponent, MarkLineComponent,
  MarkAreaComponent, MarkPointComponent, VisualMapComponent, GeoComponent, AriaComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { LabelLayout } from 'echarts/features';
import langFR from 'echarts/i18n/langFR-obj.js';

echarts.use([
  LineChart, BarChart, HeatmapChart, MapChart, TitleComponent, TooltipComponent, LegendComponent,
  GridComponent, MarkLineComponent, MarkAreaComponent, MarkPointComponent, VisualMapComponent,
  GeoComponent, AriaComponent, SVGRenderer, LabelLayout,
]);
echarts.registerLocale('FR', langFR);

window.echarts = echarts;
