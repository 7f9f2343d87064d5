/** Headless Debian Chromium through playwright-core, with the launch flags from STACK.md. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './stack.ts';

export const SCREENSHOTS = path.join(ROOT, 'artifacts/screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A new page that records console errors and uncaught exceptions (favicon 404s excluded). */
export async function openPage(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (/favicon/i.test(msg.text()) || /favicon/i.test(msg.location().url)) return;
    errors.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { page, errors };
}

/** Non-blank pixels of every canvas inside `selector` (ECharts draws on canvas). */
export function inkedPixels(page: Page, selector: string): Promise<number> {
  return page.$$eval(`${selector} canvas`, (canvases) =>
    canvases.reduce((total, c) => {
      const canvas = c as HTMLCanvasElement;
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) return total;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        const blank = data[i + 3] === 0 || (data[i]! > 250 && data[i + 1]! > 250 && data[i + 2]! > 250);
        if (!blank) n++;
      }
      return total + n;
    }, 0),
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Starts counting the scripts `page` fetches; the returned function gives the gzip size of
 * all of them, summed: the JavaScript cost of a page, as a compressing server would send it.
 */
export function countScriptBytes(page: Page): () => Promise<number> {
  const sizes: Promise<number>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() === 'script') {
      sizes.push(res.body().then((b) => gzipSync(b).length, () => 0));
    }
  });
  return async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}

/** Waits until every chart on the page has drawn, and returns each one's non-blank pixels. */
export async function drawnCharts(page: Page): Promise<number[]> {
  const charts = page.locator('[role="img"][data-points]');
  const n = await charts.count();
  for (let i = 0; i < n; i++) await charts.nth(i).and(page.locator('[data-ready="true"]')).waitFor();
  // Force layouts and canvas painting finish a frame or two after setOption.
  await page.waitForTimeout(300);
  const pixels: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = await charts.nth(i).getAttribute('aria-label');
    pixels.push(await inkedPixels(page, `[role="img"][aria-label="${label}"]`));
  }
  return pixels;
}
