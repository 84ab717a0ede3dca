/**
 * One opening of the map in headless Chromium, timed with the app's own marks: `guichet:map-opened`
 * when the map view mounts (the directory has loaded by then) and `guichet:map-markers-drawn`
 * when the first cluster or site buttons are on the map.
 */
import type { Browser, Page } from 'playwright-core';

/** A 60,000-service directory is about 170 MB of JSON to download, parse and index. */
const PAGE_TIMEOUT_MS = 240_000;
const VIEWPORT = { width: 1280, height: 800 };

export type MapOpening = 'address' | 'toggle';

export interface MapOpeningFigures {
  /** Navigation start to the moment the map view mounted (address) or the Map button was pressed (toggle). */
  appReadyMs: number;
  /** From then to the first markers drawn. */
  toMarkersMs: number;
  /** The page's JavaScript heap once the markers are drawn, after garbage collection. */
  heapBytes: number;
}

const markTime = (page: Page, name: string) =>
  page.evaluate((mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? Number.NaN, name);

async function heapAfterGarbageCollection(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
  if (used === undefined) throw new Error('Chromium reported no JSHeapUsedSize');
  return used;
}

/**
 * `address`: the reader opens `/search?view=map` directly. `toggle`: the reader is on the list
 * of every service and presses Map. Each opening gets a fresh context, so nothing (the map
 * chunk included) comes from an earlier run's cache.
 */
export async function openMap(browser: Browser, baseUrl: string, how: MapOpening): Promise<MapOpeningFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-CA', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    let startMark = 'guichet:map-opened';
    if (how === 'address') {
      await page.goto(`${baseUrl}/search?view=map`, { timeout: PAGE_TIMEOUT_MS });
    } else {
      await page.goto(`${baseUrl}/search`, { timeout: PAGE_TIMEOUT_MS });
      await page.locator('ol.result-list > li').first().waitFor();
      startMark = 'bench:map-pressed';
      // The mark and the press in one task, so the time between them is the app's, not the harness's.
      await page.evaluate((mark) => {
        const button = document.querySelector<HTMLButtonElement>('.view-toggle button[aria-pressed="false"]');
        if (!button) throw new Error('No Map button to press');
        performance.mark(mark);
        button.click();
      }, startMark);
    }
    await page.waitForFunction(() => performance.getEntriesByName('guichet:map-markers-drawn', 'mark').length > 0, null, {
      timeout: PAGE_TIMEOUT_MS,
      polling: 50,
    });
    const [started, drawn] = [await markTime(page, startMark), await markTime(page, 'guichet:map-markers-drawn')];
    return { appReadyMs: started, toMarkersMs: drawn - started, heapBytes: await heapAfterGarbageCollection(page) };
  } finally {
    await context.close();
  }
}
