/**
 * A newcomer tells a provider that a service's page is wrong, with no connection: the report
 * waits on the phone, goes out when the connection returns, and the provider sees it and
 * resolves it; with the app closed, the service worker sends it. A rating sent online reaches the
 * provider's ratings. The service page says when its information was last checked, says gently
 * when that was long ago, and shows whether the service takes new people.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { chooseLanguage } from '../helpers/app.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { demoServices } from '../helpers/data.ts';
import { strings } from '../helpers/strings.ts';
import { goOffline, visitOnce } from './referral-support.ts';
import { FEEDBACK_SYNC_TAG } from '../../src/client/features/feedback/outbox/feedback-outbox.ts';
import type { FeedbackReportPage } from '../../src/shared/feedback/feedback-contract.ts';
import { ARGYLE, argyleStaff, HAMILTON_ROAD, hamiltonRoadStaff, servicesOf, signInOnPage } from './staff-support.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'allow' });

const s = strings('en');
const DAY_MS = 24 * 60 * 60 * 1000;
const assuredDate = (id: string) => (demoServices.find((service) => service.id === id) as { assured_date?: string } | undefined)?.assured_date ?? '';
/** Argyle's services, the one checked longest ago and the one checked most recently. */
const argyleServices = servicesOf(ARGYLE).sort((a, b) => assuredDate(a.id).localeCompare(assuredDate(b.id)));
const oldService = argyleServices[0]!;
const recentService = argyleServices.at(-1)!;

const reportForm = (page: Page): Locator => page.getByRole('region', { name: s.t('feedback.wrongInfo.title') });
const ratingForm = (page: Page): Locator => page.getByRole('region', { name: s.t('feedback.rating.title') });

async function openService(page: Page, id: string): Promise<void> {
  await page.goto(`/service/${id}`);
  // The forms are a chunk of their own, fetched after the page shows (alongside the first visit's precache).
  await expect(reportForm(page).getByRole('button', { name: s.t('feedback.wrongInfo.submit') })).toBeVisible({ timeout: 15_000 });
}

/** In a browser of their own, Argyle's staff sign in on the sign-in page and follow the menu to the reports page. */
async function openReportsAsArgyle(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'en-CA' })).newPage();
  await page.goto('/sign-in');
  await signInOnPage(page, s, argyleStaff);
  await page.getByRole('navigation', { name: s.t('staff.menu.label') }).getByRole('link', { name: s.t('feedback.link') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('feedback.reports.title'));
  return page;
}

test('a report made offline waits on the phone, arrives when the connection returns, and the provider resolves it', async ({ page, context, browser }) => {
  test.slow(); // two people's sessions, one of them installing the app
  const comment = `The door sign says 4 pm now (${randomUUID().slice(0, 8)})`;
  await visitOnce(page);
  await openService(page, oldService.id);

  await goOffline(context, page);
  const form = reportForm(page);
  await form.getByRole('checkbox', { name: s.t('feedback.problem.hours') }).check();
  await form.getByRole('checkbox', { name: s.t('feedback.problem.phone') }).check();
  await form.getByLabel(s.t('feedback.comment')).fill(comment);
  await expect(form.getByText(s.t('feedback.privacy'))).toBeVisible();
  await form.getByRole('button', { name: s.t('feedback.wrongInfo.submit') }).click();
  await expect(form.getByRole('status')).toHaveText(s.t('feedback.status.waiting'));

  await context.setOffline(false);
  await expect(form.getByRole('status')).toHaveText(s.t('feedback.status.sentReport'));

  const staff = await openReportsAsArgyle(browser);
  const report = staff.getByRole('listitem').filter({ hasText: comment });
  await expect(report).toHaveCount(1);
  await expect(report.getByRole('heading', { level: 3 })).toHaveText(oldService.name);
  await expect(report.getByRole('list').getByRole('listitem')).toHaveText([s.t('feedback.problem.hours'), s.t('feedback.problem.phone')]);
  await expectNoAxeViolations(staff);

  await report.getByRole('button', { name: s.t('feedback.reports.resolve') }).click();
  await expect(staff.getByRole('status').filter({ hasText: s.t('feedback.reports.resolvedNote', { service: oldService.name }) })).toBeVisible();
  await expect(staff.getByRole('listitem').filter({ hasText: comment })).toHaveCount(0);
  await staff.getByRole('link', { name: s.t('feedback.reports.state.resolved') }).click();
  await expect(staff.getByRole('listitem').filter({ hasText: comment }).getByRole('button', { name: s.t('feedback.reports.reopen') })).toBeVisible();
  await staff.context().close();
});

test('a rating sent online reaches the provider with its comment; a report without a choice says what is missing; axe finds nothing', async ({ page, browser }) => {
  test.slow(); // two people's sessions
  const comment = `Kind and patient staff (${randomUUID().slice(0, 8)})`;
  await openService(page, recentService.id);
  await expectNoAxeViolations(page);

  await reportForm(page).getByRole('button', { name: s.t('feedback.wrongInfo.submit') }).click();
  await expect(reportForm(page).getByRole('alert')).toHaveText(s.t('feedback.wrongInfo.chooseOne'));
  await expect(reportForm(page).getByRole('checkbox', { name: s.t('feedback.problem.hours') })).toBeFocused();

  const form = ratingForm(page);
  await form.getByRole('radio', { name: s.t('feedback.rating.stars', { count: 4 }) }).check();
  await form.getByLabel(s.t('feedback.rating.comment')).fill(comment);
  await form.getByRole('button', { name: s.t('feedback.rating.submit') }).click();
  await expect(form.getByRole('status')).toHaveText(s.t('feedback.status.sentRating'));

  const staff = await openReportsAsArgyle(browser);
  const ratings = staff.getByRole('region', { name: s.t('feedback.ratings.title') });
  const rated = ratings.getByRole('listitem').filter({ has: staff.getByRole('heading', { level: 3, name: recentService.name }) });
  await expect(rated.getByText(comment)).toBeVisible();
  await expect(rated.getByText(s.pattern('feedback.ratings.average'))).toBeVisible();
  await staff.context().close();
});

test('the service page says when its information was checked, and that it may be out of date when long ago; the stars work by keyboard, in the reader\'s language', async ({ page }) => {
  // A day when the oldest check is 185 days old and the newest is recent, whatever today is.
  await page.clock.setFixedTime(Date.parse(`${assuredDate(oldService.id)}T12:00:00Z`) + 185 * DAY_MS);
  await openService(page, recentService.id);
  await expect(page.getByText(s.pattern('service.lastVerified'))).toBeVisible();
  await expect(page.getByText(s.t('service.mayBeOutOfDate'))).toHaveCount(0);

  await openService(page, oldService.id);
  await expect(page.getByText(s.t('service.mayBeOutOfDate'))).toBeVisible();
  // Keyboard: the stars are one group of radio buttons, moved through with the arrow keys.
  const stars = ratingForm(page).getByRole('radio');
  await expect(stars).toHaveCount(5);
  await stars.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(ratingForm(page).getByRole('radio', { name: s.t('feedback.rating.stars', { count: 2 }) })).toBeChecked();

  // In the reader's language, right to left, with what was chosen kept.
  const ar = strings('ar');
  await chooseLanguage(page, 'ar');
  const arabicRating = page.getByRole('region', { name: ar.t('feedback.rating.title') });
  await expect(arabicRating.getByRole('radio', { name: ar.t('feedback.rating.stars', { count: 2 }) })).toBeChecked();
  await expect(page.getByRole('region', { name: ar.t('feedback.wrongInfo.title') }).getByRole('checkbox', { name: ar.t('feedback.problem.hours') })).toBeVisible();
  await expect(page.getByText(ar.t('service.mayBeOutOfDate'))).toBeVisible();
});

test('a service that says it has a waitlist shows it, with the provider\'s note, on its page', async ({ page, playwright, baseURL }) => {
  const service = servicesOf(HAMILTON_ROAD)[0]!;
  const note = `Next intake in January (${randomUUID().slice(0, 8)})`;
  // The provider sets the status in their listing and publishes it, through the listing API.
  const provider = await playwright.request.newContext({ baseURL: baseURL!, extraHTTPHeaders: { Origin: baseURL! } });
  expect((await provider.post('/api/auth/login', { data: { email: hamiltonRoadStaff.email, password: hamiltonRoadStaff.password } })).status()).toBe(200);
  const listing = (await (await provider.get(`/api/listings/${HAMILTON_ROAD}`)).json()) as { latestVersion: number; document: { services: { id: string; guichet_capacity?: unknown }[] } };
  const edited = listing.document.services.find((candidate) => candidate.id === service.id)!;
  edited.guichet_capacity = { status: 'waitlist', note };
  const saved = await provider.put(`/api/listings/${HAMILTON_ROAD}/draft`, { data: { document: listing.document, baseVersion: listing.latestVersion } });
  expect(saved.status(), await saved.text()).toBe(200);
  const published = await provider.post(`/api/listings/${HAMILTON_ROAD}/publish`, { data: {} });
  expect(published.status(), await published.text()).toBe(201);
  await provider.dispose();

  await openService(page, service.id);
  await expect(page.getByText(s.t('service.capacity.waitlist'))).toBeVisible();
  await expect(page.getByText(note)).toBeVisible();
});

test('with the app closed, the service worker sends a waiting report when the browser wakes it', async ({ page, context, baseURL, playwright }) => {
  const comment = `Moved to the second floor (${randomUUID().slice(0, 8)})`;
  await visitOnce(page);
  await openService(page, oldService.id);
  await goOffline(context, page);
  const form = reportForm(page);
  await form.getByRole('checkbox', { name: s.t('feedback.problem.address') }).check();
  await form.getByLabel(s.t('feedback.comment')).fill(comment);
  await form.getByRole('button', { name: s.t('feedback.wrongInfo.submit') }).click();
  await expect(form.getByRole('status')).toHaveText(s.t('feedback.status.waiting'));

  // Leave the app, so only the service worker can send; then wake it as the browser does.
  const devtools = await context.newCDPSession(page);
  const registration = new Promise<string>((resolve) =>
    devtools.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((candidate) => candidate.scopeURL.startsWith(baseURL!));
      if (ours) resolve(ours.registrationId);
    }),
  );
  await devtools.send('ServiceWorker.enable');
  const registrationId = await registration;
  await page.goto('about:blank');
  await context.setOffline(false);
  await devtools.send('ServiceWorker.dispatchSyncEvent', { origin: new URL(baseURL!).origin, registrationId, tag: FEEDBACK_SYNC_TAG, lastChance: false });

  const provider = await playwright.request.newContext({ baseURL: baseURL!, extraHTTPHeaders: { Origin: baseURL! } });
  expect((await provider.post('/api/auth/login', { data: { email: argyleStaff.email, password: argyleStaff.password } })).status()).toBe(200);
  const arrived = async () => {
    const open = (await (await provider.get(`/api/listings/${ARGYLE}/feedback`)).json()) as FeedbackReportPage;
    return open.reports.filter((report) => report.comment === comment).map((report) => report.problems);
  };
  await expect.poll(arrived).toEqual([['address']]);
  await provider.dispose();
});
