/**
 * What the listing specs share: opening the editor on a service, the newcomer's view of a
 * service's hours, and listing changes made straight through the API when editing is not the point.
 */
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { OrganizationListing } from '../../src/shared/listings/listing-document.ts';
import type { Strings } from '../helpers/strings.ts';

/** The hour as the app writes it in `language` (the hours table uses the same Intl options). */
export function clockText(hhmm: string, language = 'en'): string {
  const [hours, minutes] = hhmm.split(':').map(Number);
  const locale = language === 'en' || language === 'fr' ? `${language}-CA` : language;
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1, hours!, minutes!)));
}

/** A weekday's name as the app writes it (0 = Monday). */
export function weekdayText(day: number, language = 'en'): string {
  const locale = language === 'en' || language === 'fr' ? `${language}-CA` : language;
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + day, 12)));
}

/** Opens the editor of an organization and waits for its heading. */
export async function openEditor(page: Page, s: Strings, organizationId: string, organizationName: string): Promise<void> {
  await page.goto(`/listings/${organizationId}`);
  // The app indexes the directory for search before any page shows: slow on a busy machine.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('listings.editor.titleFor', { name: organizationName }), { timeout: 15_000 });
}

/** Shows one service in the editor. */
export async function editService(page: Page, s: Strings, serviceName: string): Promise<Locator> {
  await page.getByRole('button', { name: serviceName, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: s.t('listings.services.editing', { name: serviceName }) })).toBeVisible();
  return page.locator('.listing-service-editor');
}

/** Opens a fold by its title (a no-op when already open). */
export async function openFold(scope: Locator, title: string | RegExp): Promise<Locator> {
  const fold = scope.locator('details.listing-fold').filter({ has: scope.page().locator('summary', { hasText: title }) }).first();
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').first().click();
  await expect(fold).toHaveAttribute('open', '');
  return fold;
}

/** The draft reached the server. */
export async function expectDraftSaved(page: Page, s: Strings): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: s.t('listings.save.saved') })).toBeVisible();
}

/** The newcomer's weekly-hours table of the service page that is open. */
export const hoursTable = (page: Page, s: Strings): Locator => page.getByRole('region', { name: s.t('service.hours') });

/**
 * A newcomer's phone that visited the service page: the service worker controls the page and has
 * the directory saved for offline use.
 */
export async function newcomerPhone(browser: Browser, baseURL: string, serviceId: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: 'en-CA', serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(`/service/${serviceId}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect.poll(() => page.evaluate(async () => (await caches.match('/api/directory')) !== undefined), { message: 'the directory is saved for offline use' }).toBe(true);
  return { context, page };
}

/** Cuts the phone off, service worker included, so its network-first directory is put to the test. */
export async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  const [worker] = context.serviceWorkers();
  expect(await worker!.evaluate(() => fetch('/api/health').then(() => 'online', () => 'offline'))).toBe('offline');
  expect(await page.evaluate(() => fetch('/api/health').then(() => 'online', () => 'offline'))).toBe('offline');
}

interface Editable {
  document: OrganizationListing;
  draft: { baseVersion: number | null } | null;
  latestVersion: number;
}

/** Edits and publishes a listing through the API, as the editor would; returns the new version. */
export async function publishThroughApi(
  request: APIRequestContext,
  origin: string,
  organizationId: string,
  edit: (listing: OrganizationListing) => OrganizationListing,
): Promise<number> {
  const current = await request.get(`/api/listings/${organizationId}`);
  expect(current.status(), await current.text()).toBe(200);
  const editable = (await current.json()) as Editable;
  const baseVersion = editable.draft ? editable.draft.baseVersion : editable.latestVersion;
  const saved = await request.put(`/api/listings/${organizationId}/draft`, { headers: { Origin: origin }, data: { document: edit(editable.document), baseVersion } });
  expect(saved.status(), await saved.text()).toBe(200);
  const published = await request.post(`/api/listings/${organizationId}/publish`, { headers: { Origin: origin }, data: {} });
  expect(published.status(), await published.text()).toBe(201);
  return ((await published.json()) as { version: number }).version;
}
