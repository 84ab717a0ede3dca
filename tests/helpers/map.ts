/**
 * The results map as a reader meets it: the List/Map toggle, cluster and site buttons, the card
 * a site opens and the "you are here" marker. Clusters are found by their accessible name, so a
 * changed `map.cluster` string or a missing label fails the tests that use them.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Strings } from './strings.ts';

/** The List or Map button of the view toggle. */
export const viewButton = (page: Page, s: Strings, view: 'list' | 'map'): Locator =>
  page.getByRole('group', { name: s.t('map.viewLabel') }).getByRole('button', { name: s.t(view === 'map' ? 'map.showMap' : 'map.showList'), exact: true });

/** The map's section (MapLibre's own container and canvas carry the same name inside it). */
export const mapRegion = (page: Page, s: Strings): Locator => page.getByRole('region', { name: s.t('map.title'), exact: true }).first();

export const clusterButtons = (page: Page, s: Strings): Locator => page.getByRole('button', { name: s.pattern('map.cluster', {}, { exact: true }) });

/** One button per service site on screen, named after the service. */
export const siteMarkers = (page: Page): Locator => page.locator('button.map-marker');

/** The card a site marker opens. */
export const mapCard = (page: Page): Locator => page.locator('.map-card');

export const originMarker = (page: Page, s: Strings): Locator => page.getByRole('img', { name: s.t('map.youAreHere'), exact: true });

/** Clicks the Map button and waits until the map shows its first markers. */
export async function showMap(page: Page, s: Strings): Promise<void> {
  await viewButton(page, s, 'map').click();
  await expect(clusterButtons(page, s).or(siteMarkers(page)).first()).toBeVisible();
}

/** The number each cluster button says it holds, read from its accessible name. */
export async function clusterCounts(page: Page, s: Strings): Promise<number[]> {
  const labels = await clusterButtons(page, s).evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
  return labels.map((label) => {
    const count = s.count('map.cluster', label);
    if (count === null) throw new Error(`Not a cluster label: ${label}`);
    return count;
  });
}

/** How many sites the markers on the map stand for: every cluster's count plus every single site. */
export async function sitesShown(page: Page, s: Strings): Promise<number> {
  const counts = await clusterCounts(page, s);
  return counts.reduce((sum, count) => sum + count, 0) + (await siteMarkers(page).count());
}
