// The choropleth: when the territory file names a commune boundary GeoJSON, the map view
// draws a `map` series on it; when that file cannot be read, it says so and falls back to
// the tile map. The GeoJSON is synthetic: 36 squares, one per commune.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, serve, openPage, closePage, waitForChart, waitForLoaded, chartOption, until, unexpectedErrors,
  communeCode, TERRITORY, DESKTOP, PHONE,
} from './support.mjs';

/** 36 squares on a 6 × 6 grid around Lens, each named by its commune's INSEE code. */
function syntheticBoundaries() {
  const size = 0.03;
  return {
    type: 'FeatureCollection',
    features: TERRITORY.communes.map((c, i) => {
      const [x, y] = [2.7 + (i % 6) * size, 50.5 - Math.floor(i / 6) * size];
      return {
        type: 'Feature',
        properties: { code: c.code, nom: c.name },
        geometry: { type: 'Polygon', coordinates: [[[x, y], [x + size, y], [x + size, y - size], [x, y - size], [x, y]]] },
      };
    }),
  };
}

const withBoundaries = (path) => JSON.stringify({ ...TERRITORY, boundaries: path });

let browser, server, broken, unreadable;
before(async () => {
  browser = await launch();
  [server, broken, unreadable] = await Promise.all([
    serve({
      overrides: {
        'indicators/territory.json': withBoundaries('communes-test.geojson'),
        'indicators/communes-test.geojson': JSON.stringify(syntheticBoundaries()),
      },
    }),
    serve({
      overrides: {
        'indicators/territory.json': withBoundaries('absent.geojson'),
        'indicators/absent.geojson': 404,
      },
    }),
    serve({
      overrides: {
        'indicators/territory.json': withBoundaries('illisible.geojson'),
        'indicators/illisible.geojson': '{"type": "FeatureCollection", "features": [',
      },
    }),
  ]);
});
after(async () => {
  await browser?.close();
  await Promise.all([server, broken, unreadable].map((s) => s?.close()));
});

const LIEVIN = communeCode('Liévin');
const mapUrl = (s) => `${s.url}?v=1&page=indicateur&id=chomage&vue=carte&communes=${LIEVIN}`;

for (const [label, viewport] of [['phone', PHONE], ['desktop', DESKTOP]]) {
  test(`the choropleth draws the 36 communes from the boundary file (${label})`, async () => {
    const page = await openPage(browser, viewport);
    await page.goto(mapUrl(server));
    await waitForLoaded(page);
    await waitForChart(page, '.chart--map');
    const option = await until(async () => {
      const o = await chartOption(page, '.chart--map');
      return o.series[0]?.type === 'map' && o;
    }, { message: 'a map series' });
    const series = option.series[0];
    assert.equal(series.data.length, 36);
    assert.deepEqual(series.data.map((d) => d.name).sort(), TERRITORY.communes.map((c) => c.code).sort());
    assert.ok(series.data.every((d) => typeof d.value === 'number'), 'every commune has a value');
    assert.equal(series.data.find((d) => d.name === LIEVIN).label?.formatter, 'Liévin', 'the chosen commune is named');
    // The areas are drawn: one path per commune at least.
    await until(async () => (await page.locator('.chart--map svg path').count()) >= 36, { message: '36 paths' });
    assert.ok(server.requests.includes('/indicators/communes-test.geojson'));
    assert.equal(await page.locator('.error-card').count(), 0);
    assert.ok(await page.locator('.legend li').count() >= 3);
    assert.deepEqual(page.errors, []);
    await closePage(page);
  });
}

test('a missing boundary file (404) is reported and the tile map is shown instead', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(mapUrl(broken));
  await waitForLoaded(page);
  await page.waitForSelector('.error-card');
  const message = await page.locator('.error-card').innerText();
  assert.match(message, /absent\.geojson/);
  assert.match(message, /404/);
  assert.match(message, /carte en tuiles/);
  assert.equal(await page.locator('.error-card').getAttribute('role'), 'alert');
  const option = await until(async () => {
    const o = await chartOption(page, '.chart--map');
    return o.series[0]?.type === 'heatmap' && o;
  }, { message: 'the tile map' });
  assert.equal(option.series[0].data.length, 36);
  assert.deepEqual(unexpectedErrors(page), []);
  await closePage(page);
});

test('an unreadable boundary file is reported and the tile map is shown instead', async () => {
  const page = await openPage(browser, DESKTOP);
  await page.goto(mapUrl(unreadable));
  await waitForLoaded(page);
  await page.waitForSelector('.error-card');
  const message = await page.locator('.error-card').innerText();
  assert.match(message, /illisible\.geojson/);
  assert.match(message, /carte en tuiles/);
  const option = await until(async () => {
    const o = await chartOption(page, '.chart--map');
    return o.series[0]?.type === 'heatmap' && o;
  }, { message: 'the tile map' });
  assert.equal(option.series[0].data.length, 36);
  assert.deepEqual(page.errors, []);
  await closePage(page);
});
