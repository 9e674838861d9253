// The floor page of the first-chart measure: ECharts alone, from the same npm package and
// bundled like the app's (esbuild, echarts/core + LineChart + Grid + SVG renderer, minified
// IIFE), drawing one line chart from inline data: no Wasm, no fetch. Served by the
// dashboard's server under bench-floor/ (as overrides, dist/ is not touched).
import { build } from 'esbuild';
import { ROOT } from '../../tests/e2e/support.mjs';

const ENTRY = `
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([LineChart, GridComponent, SVGRenderer]);
window.echarts = echarts;
`;

const HTML = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plancher : ECharts seul</title>
<script src="echarts.js"></script>
<style>body{font-family:system-ui,sans-serif;margin:1rem}.chart{width:100%;max-width:48rem;height:20rem}</style>
</head><body><main><h1>Plancher</h1><div class="chart" id="c"></div></main>
<script>
const years = [2010,2011,2012,2013,2014,2015,2016,2017,2018,2019,2020,2021,2022,2023,2024];
const values = [14.2,14.8,15.3,15.9,16.1,15.6,15.0,14.3,13.5,12.9,13.4,12.6,12.1,11.8,11.5];
echarts.init(document.getElementById('c'), null, { renderer: 'svg' }).setOption({
  animation: true,
  grid: { left: 48, right: 16, top: 16, bottom: 32 },
  xAxis: { type: 'category', data: years },
  yAxis: { type: 'value' },
  series: [{ type: 'line', name: 'Territoire', data: values }],
});
</script></body></html>
`;

/** { 'bench-floor/index.html': html, 'bench-floor/echarts.js': bundle } for startServer. */
export async function floorOverrides() {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'js' },
    bundle: true, minify: true, format: 'iife', target: 'es2020', legalComments: 'none', write: false, logLevel: 'warning',
  });
  return { 'bench-floor/index.html': HTML, 'bench-floor/echarts.js': Buffer.from(result.outputFiles[0].contents) };
}
