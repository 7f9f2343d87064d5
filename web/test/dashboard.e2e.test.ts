/**
 * The dashboard end to end: demo data in Neo4j → GraphQL API → built SvelteKit app →
 * headless Chromium. Asserts real content and chart pixels, no console errors and a small
 * JavaScript budget per page, and saves screenshots to artifacts/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countScriptBytes, drawnCharts, inkedPixels, launchBrowser, openPage, screenshot } from './browser.ts';
import { loadDashboardData } from './load-data.ts';
import { freePort, startApi, startWeb, type Server } from './stack.ts';

const TIMELINE = '[role="img"][aria-label="各场次段落时间线（分钟）"]';
const JS_BUDGET = 300 * 1024;

let api: Server;
let web: Server;
let browser: Browser;

beforeAll(async () => {
  await loadDashboardData();
  api = await startApi();
  web = await startWeb(api.url);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
});

/** Every page of the dashboard: where it is, text it must show, how many charts it draws. */
const PAGES = [
  {
    name: 'overview',
    path: '/',
    texts: ['开幕式暨人工智能全球治理高级别会议', '大模型产业发展论坛', '具身智能与机器人分论坛', '热门话题', '周启明'],
    charts: 2,
  },
  { name: 'topic', path: '/topics/topic%3Allm', texts: ['大模型', '谁说了什么', '王若溪', '数据安全合规是最大的门槛'], charts: 2 },
  { name: 'person', path: '/people/person%3Awangruoxi', texts: ['王若溪', '云岫科技', '同场嘉宾', '数据安全'], charts: 2 },
  { name: 'people', path: '/people', texts: ['周启明', '周启铭', '陈雨桐'], charts: 1 },
  { name: 'organization', path: '/organizations/org%3Ayunxiu', texts: ['云岫科技', '王若溪'], charts: 2 },
  { name: 'graph', path: '/graph', texts: ['话题共现图谱', '社区'], charts: 1 },
  { name: 'coverage', path: '/coverage?date=2024-07-04', texts: ['会议覆盖情况', '圆桌：大模型如何真正落地'], charts: 2 },
  {
    name: 'transcript',
    path: '/transcripts/demo-p1',
    texts: ['周启明主旨演讲：大模型走向产业', '本场观点', '原文', '下面有请星衍智能首席执行官'],
    charts: 1,
  },
  { name: 'search', path: '/search?q=zhou%20qi%20ming', texts: ['周启明', '同音（拼音相同）'], charts: 0 },
];

describe.each(PAGES)('page $name ($path)', ({ name, path, texts, charts }) => {
  it('renders real data and charts without console errors, within the JS budget', async () => {
    const { page, errors } = await openPage(browser);
    const scriptBytes = countScriptBytes(page);
    const res = await page.goto(`${web.url}${path}`, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    for (const text of texts) {
      await expect.poll(() => page.getByText(text).first().isVisible(), { message: text }).toBe(true);
    }
    const pixels = await drawnCharts(page);
    expect(pixels).toHaveLength(charts);
    for (const n of pixels) expect(n).toBeGreaterThan(1_500);
    const bytes = await scriptBytes();
    console.info(`${name}: ${(bytes / 1024).toFixed(1)} KB gzip JS, screenshot ${await screenshot(page, name)}`);
    expect(bytes).toBeLessThan(JS_BUDGET);
    expect(errors).toEqual([]);
  });
});

describe('overview /', () => {
  it('draws one timeline rectangle per segment and shows durations', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${web.url}/`);
    await page.locator(`${TIMELINE}[data-ready="true"]`).waitFor();
    // The demo has 6 + 4 + 4 segments; P1 lasts 3+6+14+28+9+4 = 64 minutes.
    expect(Number(await page.locator(TIMELINE).getAttribute('data-points'))).toBeGreaterThanOrEqual(14);
    expect(await page.locator('tr[data-transcript="demo-p1"] td').nth(3).textContent()).toBe('1:04:00');
  });

  it('keeps the kind filter and sort order in the URL', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${web.url}/`);
    await page.locator(`${TIMELINE}[data-ready="true"]`).waitFor();
    const all = Number(await page.locator(TIMELINE).getAttribute('data-points'));

    await page.locator('nav.filter').getByRole('link', { name: '演讲' }).click();
    await page.waitForURL(/\?kind=speech$/);
    await expect.poll(async () => Number(await page.locator(TIMELINE).getAttribute('data-points'))).toBeLessThan(all);

    await page.goto(`${web.url}/?kind=speech&sort=duration`);
    await page.locator(`${TIMELINE}[data-ready="true"]`).waitFor();
    // The demo's speech segments: two in P1, one each in P2 and P3.
    expect(Number(await page.locator(TIMELINE).getAttribute('data-points'))).toBeGreaterThanOrEqual(4);
    expect(await page.locator('tbody tr').first().getAttribute('data-transcript')).toBe('demo-p2');
    expect(errors).toEqual([]);
  });

  it('switches the interface to English and fits a phone screen', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${web.url}/?lang=en`);
    await expect.poll(() => page.getByRole('heading', { name: 'Overview', exact: true }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await drawnCharts(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    console.info(`screenshot: ${await screenshot(page, 'overview-phone-en')}`);
    expect(errors).toEqual([]);
  });
});

describe('exports', () => {
  it('downloads the timeline as PNG and the transcript list as CSV', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${web.url}/`);
    await page.locator(`${TIMELINE}[data-ready="true"]`).waitFor();
    const timelineCard = page.locator('section.card', { has: page.locator(TIMELINE) });

    const [png] = await Promise.all([page.waitForEvent('download'), timelineCard.getByRole('button', { name: '导出 PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('overview-timeline.png');
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    expect(pngBytes.length).toBeGreaterThan(10_000);

    const tableCard = page.locator('section.card', { has: page.locator('table') });
    const [csv] = await Promise.all([page.waitForEvent('download'), tableCard.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('transcripts.csv');
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFFid,日期,分集,场次')).toBe(true);
    expect(text).toContain('demo-p2,2024-07-04,P2,大模型产业发展论坛,4500,4,18,estimated');
    expect(errors).toEqual([]);
  });
});

describe('navigation and shared state', () => {
  it('goes from the overview to a transcript and from a claim to its line', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${web.url}/`);
    await page.getByRole('link', { name: '大模型产业发展论坛' }).click();
    await page.waitForURL(/\/transcripts\/demo-p2$/);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(4);

    await page.goto(`${web.url}/topics/topic%3Allm`);
    await page.getByRole('link', { name: /P1 .* 第 19 行/ }).click();
    await page.waitForURL(/\/transcripts\/demo-p1#L19$/);
    await expect.poll(() => page.locator('#L19').textContent()).toContain('如果没有足够的算力');
    expect(errors).toEqual([]);
  });

  it('filters who said what by stance through the URL', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${web.url}/topics/topic%3Allm?stance=concern`);
    const claims = page.locator('[data-claim]');
    await expect.poll(() => claims.count()).toBe(3);
    for (const stance of await claims.locator('.stance').allTextContents()) expect(stance).toBe('担忧');
  });

  it('splits the mention trend by speaker from the URL', async () => {
    const { page } = await openPage(browser, { width: 1000, height: 800 });
    await page.goto(`${web.url}/topics/topic%3Allm?split=speaker&metric=share`);
    const trend = page.locator('[role="img"][aria-label="大模型 · 提及趋势"]');
    await trend.and(page.locator('[data-ready="true"]')).waitFor();
    // One line per speaker who mentioned 大模型 (何佳, 陈雨桐, 林书华, 王若溪, 周启明), three sessions each.
    expect(Number(await trend.getAttribute('data-points'))).toBe(15);
    console.info(`screenshot: ${await screenshot(page, 'topic-by-speaker')}`);
  });

  it('answers 404 for an unknown transcript or entity', async () => {
    const { page } = await openPage(browser);
    for (const path of ['/transcripts/no-such-transcript', '/topics/topic%3Anothing', '/people/person%3Anobody']) {
      const res = await page.goto(`${web.url}${path}`);
      expect(res?.status(), path).toBe(404);
      expect(await page.getByRole('alert').getAttribute('data-code')).toBe('NOT_FOUND');
    }
  });
});

describe('transcript reader', () => {
  it('shows the text line by line with speakers, resolved names and claims, at the linked line', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${web.url}/transcripts/demo-p1#L15`);
    const line = page.locator('#L15');
    await expect.poll(() => line.textContent()).toContain('下面有请星衍智能首席执行官');
    // the linked line is highlighted and scrolled into view
    await expect.poll(() => line.getAttribute('class')).toContain('target');
    const inView = () => line.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight);
    await expect.poll(inView).toBe(true);

    // a speaker label at each turn: the host by name, the narrator by role
    const turnOf = (id: string) => page.locator('li.turn', { has: page.locator(`#${id}`) });
    expect(await turnOf('L15').locator('.speaker').textContent()).toBe('何佳');
    expect(await turnOf('L17').locator('.speaker').textContent()).toBe('周启明');
    expect(await turnOf('L25').locator('.speaker').textContent()).toBe('旁白');

    // the ASR spelling 周启铭 stays in the text, with the resolved name 周启明 shown above it
    const mention = line.locator('a.mention.respelled');
    expect(await mention.evaluate((el) => el.firstChild?.textContent)).toBe('周启铭');
    expect(await mention.locator('.resolved').textContent()).toBe('周启明');
    expect(await mention.getAttribute('title')).toContain('周启铭 → 周启明');
    expect(await mention.getAttribute('href')).toBe('/people/person%3Azhouqiming');
    // a correctly spelled mention is highlighted without a label
    const plain = page.locator('#L9 a.mention', { hasText: '林书华' });
    expect(await plain.locator('.resolved').count()).toBe(0);

    // claims are marked with their stance where they were said
    const concern = page.locator('#L19 [data-claim-mark]');
    expect(await concern.locator('.stance-mark').textContent()).toBe('担忧');
    expect(await concern.textContent()).toContain('如果没有足够的算力');
    expect(await page.locator('[data-claim-mark]').count()).toBe(5);

    console.info(`screenshot: ${await screenshot(page, 'transcript-reader')}`);
    expect(errors).toEqual([]);
  });

  it('answers a link to a blank line with the next line, and clicking a line number links it', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${web.url}/transcripts/demo-p1#L16`);
    await expect.poll(() => page.locator('.line.target').getAttribute('id')).toBe('L17');
    await page.locator('#L21 a.ln').click();
    await page.waitForURL(/\/transcripts\/demo-p1#L21$/);
    await expect.poll(() => page.locator('.line.target').getAttribute('id')).toBe('L21');
    expect(await page.locator('.line.target').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('labels speakers in English and fits a phone screen', async () => {
    const { page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${web.url}/transcripts/demo-p1?lang=en#L25`);
    const narrator = page.locator('li.turn', { has: page.locator('#L25') }).locator('.speaker');
    await expect.poll(() => narrator.textContent()).toBe('Narrator');
    expect(await page.getByRole('heading', { name: /^Transcript/ }).isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    console.info(`screenshot: ${await screenshot(page, 'transcript-reader-phone-en')}`);
    expect(errors).toEqual([]);
  });
});

describe('embeds', () => {
  it.each([
    ['embed-timeline', '/embed/timeline?kind=speech,panel'],
    ['embed-trend', '/embed/trend/topic%3Allm?split=speaker'],
    ['embed-graph', '/embed/graph?types=topic,model'],
  ])('%s renders only the chart', async (name, path) => {
    const { page, errors } = await openPage(browser, { width: 800, height: 480 });
    await page.goto(`${web.url}${path}`);
    const [pixels] = await drawnCharts(page);
    expect(await page.locator('header').count()).toBe(0);
    expect(pixels).toBeGreaterThan(1_500);
    console.info(`screenshot: ${await screenshot(page, name)}`);
    expect(errors).toEqual([]);
  });
});

describe('when the API is down', () => {
  it('shows a clear error message instead of crashing', async () => {
    const deadApi = `http://127.0.0.1:${await freePort()}/graphql`;
    const orphan = await startWeb(deadApi);
    try {
      const { page } = await openPage(browser);
      const res = await page.goto(`${orphan.url}/`);
      expect(res?.status()).toBe(503);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain('无法连接数据接口');
      expect(await alert.getAttribute('data-code')).toBe('API_UNREACHABLE');
      console.info(`screenshot: ${await screenshot(page, 'overview-api-down')}`);
    } finally {
      await orphan.stop();
    }
  });
});
