/**
 * The dashboard on the real shared corpus: every transcript goes through the ETL into Neo4j,
 * then the browser walks from the overview to a topic, from the topic's who-said-what to a
 * quote and from the quote to its transcript line. Screenshots: artifacts/screenshots/corpus-*.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph } from '@discourse/graph';
import { collectFiles, ingestFiles } from '../../etl/src/stages/07-load/index.ts';
import { drawnCharts, launchBrowser, openPage, screenshot } from './browser.ts';
import { ROOT, startApi, startWeb, type Server } from './stack.ts';

const CORPUS = process.env.CORPUS_DIR ?? path.resolve(ROOT, '../shared/corpus');
const TOPIC = 'topic:具身智能';

let api: Server;
let web: Server;
let browser: Browser;
let loaded = 0;

beforeAll(async () => {
  const graph = Graph.connect();
  try {
    await graph.execute('MATCH (n) DETACH DELETE n');
    const outcomes = await ingestFiles(await collectFiles([CORPUS]), { graph });
    loaded = outcomes.filter((o) => o.status === 'loaded').length;
  } finally {
    await graph.close();
  }
  api = await startApi();
  web = await startWeb(api.url);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
});

describe.runIf(existsSync(CORPUS))('dashboard on the shared corpus', () => {
  it('lists every ingested transcript with its segment timeline', async () => {
    expect(loaded).toBeGreaterThanOrEqual(12);
    const { page, errors } = await openPage(browser);
    await page.goto(`${web.url}/`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThanOrEqual(12);
    const timeline = page.locator('[role="img"][data-points]').first();
    await timeline.and(page.locator('[data-ready="true"]')).waitFor();
    expect(Number(await timeline.getAttribute('data-points'))).toBeGreaterThan(100);
    for (const pixels of await drawnCharts(page)) expect(pixels).toBeGreaterThan(1_500);
    await screenshot(page, 'corpus-overview');
    expect(errors).toEqual([]);
  });

  it('goes from a topic to who said what, to a quote, to its transcript line', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${web.url}/topics/${encodeURIComponent(TOPIC)}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.getByRole('heading', { name: '具身智能' }).first().isVisible()).toBe(true);
    for (const pixels of await drawnCharts(page)) expect(pixels).toBeGreaterThan(1_500);
    await screenshot(page, 'corpus-topic');
    const quote = page.locator('a[href*="/transcripts/"][href*="#L"]').first();
    await quote.waitFor();
    const href = (await quote.getAttribute('href'))!;
    const line = /#L(\d+)$/.exec(href)![1]!;
    await quote.click();
    await page.waitForURL(new RegExp(`#L${line}$`));
    await expect.poll(() => page.locator(`#L${line}`).count()).toBeGreaterThan(0);
    await screenshot(page, 'corpus-transcript');
    expect(errors).toEqual([]);
  });

  it('finds a topic by its toneless pinyin, whatever the transcript spelled', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${web.url}/search?q=${encodeURIComponent('ju shen zhi neng')}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.getByText('具身智能').first().isVisible()).toBe(true);
    await screenshot(page, 'corpus-search');
    expect(errors).toEqual([]);
  });

  it('draws the topic graph of the whole corpus', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${web.url}/graph`, { waitUntil: 'networkidle' });
    const pixels = await drawnCharts(page);
    expect(pixels.length).toBeGreaterThan(0);
    for (const n of pixels) expect(n).toBeGreaterThan(1_500);
    await screenshot(page, 'corpus-graph');
    expect(errors).toEqual([]);
  });
});
