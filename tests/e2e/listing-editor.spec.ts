/**
 * The listing editor end to end: a provider changes a service's hours and its Arabic name and
 * publishes; a newcomer's phone that reloads shows them and says the directory was updated; a
 * phone offline keeps the version it had. Staff of another organization are refused; a field
 * problem shows beside its field and survives a reload; the history reads in words and restores.
 */
import { expect, test } from '@playwright/test';
import { chooseLanguage, tabTo } from '../helpers/app.ts';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { strings } from '../helpers/strings.ts';
import { ARGYLE, argyleStaff, coordinator, HAMILTON_ROAD, hamiltonRoadStaff, organizationName, signInQuietly } from './staff-support.ts';
import { clockText, editService, expectDraftSaved, goOffline, hoursTable, newcomerPhone, openEditor, openFold, publishThroughApi, weekdayText } from './listing-support.ts';

test.use({ locale: 'en-CA' });
// These tests edit and publish one organization's listing: one at a time, in this order.
test.describe.configure({ mode: 'serial' });

const s = strings('en');
const ar = strings('ar');
const argyle = organizationName(ARGYLE);
// Services no other spec reads the hours or the name of.
const volunteering = { id: 'svc-00129', name: 'Volunteer placements for newcomers' };
const childcare = { id: 'svc-00065', name: 'Childcare and early years drop-in (Saturday session)' };
const TUESDAY = 1;
const SATURDAY = 5;
const SUNDAY = 6;
const arabicLabel = 'Arabic (العربية)';
/** A page opened afresh first indexes the directory for search: seconds on a busy machine. */
const PAGE_LOAD = 15_000;

test('new hours and an Arabic name reach a phone that reloads; a phone offline keeps its version', async ({ page, browser, baseURL }) => {
  // Two phones install the app (precaching it all) and publish happens: more than the usual 30 s.
  test.setTimeout(120_000);
  // Two phones opened the service before the change.
  const [reloading, offline] = await Promise.all([newcomerPhone(browser, baseURL!, volunteering.id), newcomerPhone(browser, baseURL!, volunteering.id)]);
  await expect(hoursTable(reloading.page, s).getByRole('row', { name: new RegExp(weekdayText(SATURDAY)) })).toBeVisible();
  await expect(hoursTable(reloading.page, s).getByRole('row', { name: new RegExp(weekdayText(TUESDAY)) })).toHaveCount(0);
  // A first visit has nothing to compare with: no "updated" notice.
  await expect(reloading.page.getByText(s.t('app.directoryUpdated'))).toHaveCount(0);

  await signInQuietly(page, baseURL!, argyleStaff);
  await openEditor(page, s, ARGYLE, argyle);
  const service = await editService(page, s, volunteering.name);

  const hours = await openFold(service, s.t('listings.hours.title'));
  await hours.getByRole('button', { name: s.t('listings.hours.addSession') }).click();
  const session = hours.getByRole('group', { name: s.t('listings.hours.sessionDays', { n: 2 }) });
  await session.getByRole('checkbox', { name: weekdayText(0) }).uncheck();
  await session.getByRole('checkbox', { name: weekdayText(TUESDAY) }).check();
  await hours.getByLabel(s.t('listings.hours.opens', { n: 2 })).fill('18:00');
  await hours.getByLabel(s.t('listings.hours.closes', { n: 2 })).fill('20:00');

  const arabicName = 'برامج التطوع للقادمين الجدد';
  const translations = await openFold(service, s.pattern('listings.translations.title'));
  await translations.getByLabel(s.t('listings.translations.language')).selectOption('ar');
  const nameLabel = s.t('listings.translations.fieldIn', { language: arabicLabel, field: s.t('listings.fields.name') });
  await translations.getByLabel(nameLabel, { exact: true }).fill(arabicName);
  await translations.getByRole('checkbox', { name: s.t('listings.translations.machine', { field: nameLabel }) }).check();
  await expectDraftSaved(page, s);

  await page.getByRole('button', { name: s.t('listings.publish.button') }).click();
  await page.getByRole('button', { name: s.pattern('listings.publish.confirmYes') }).click();
  await expect(page.getByRole('status').filter({ hasText: s.pattern('listings.publish.done') })).toBeVisible();

  // The phone that reloads: the new hours, the notice, and the Arabic name in Arabic, within 5 s.
  await reloading.page.reload();
  const tuesday = hoursTable(reloading.page, s).getByRole('row', { name: new RegExp(weekdayText(TUESDAY)) });
  await expect(tuesday).toContainText(`${clockText('18:00')} – ${clockText('20:00')}`, { timeout: 5_000 });
  await expect(reloading.page.getByText(s.t('app.directoryUpdated'))).toBeVisible();
  await chooseLanguage(reloading.page, 'ar');
  await expect(reloading.page.getByRole('heading', { level: 1 })).toHaveText(arabicName);
  await expect(reloading.page.getByText(ar.t('app.directoryUpdated'))).toBeVisible();

  // The phone that goes offline before it reloads keeps the version it had.
  await goOffline(offline.context, offline.page);
  await offline.page.reload();
  await expect(offline.page.getByRole('heading', { level: 1 })).toHaveText(volunteering.name);
  await expect(hoursTable(offline.page, s).getByRole('row', { name: new RegExp(weekdayText(SATURDAY)) })).toBeVisible();
  await expect(hoursTable(offline.page, s).getByRole('row', { name: new RegExp(weekdayText(TUESDAY)) })).toHaveCount(0);

  // And the phone that reloaded keeps the new version offline.
  await goOffline(reloading.context, reloading.page);
  await reloading.page.reload();
  await expect(reloading.page.getByRole('heading', { level: 1 })).toHaveText(arabicName);
  await Promise.all([reloading.context.close(), offline.context.close()]);
});

test('staff of another organization are refused its editor, in words', async ({ page, baseURL }) => {
  await signInQuietly(page, baseURL!, hamiltonRoadStaff);
  await page.goto(`/listings/${ARGYLE}`);
  // The app indexes the directory for search before any page shows: slow on a busy machine.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('listings.editor.title'), { timeout: 15_000 });
  await expect(page.getByRole('alert').filter({ hasText: s.t('listings.refusal.forbidden') })).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await page.goto('/listings');
  await expect(page.getByRole('link', { name: organizationName(HAMILTON_ROAD), exact: true })).toBeVisible({ timeout: PAGE_LOAD });
  await expect(page.getByRole('link', { name: argyle, exact: true })).toHaveCount(0);
});

test('a field problem shows beside its field, takes the focus on publish, and what was typed survives a reload', async ({ page, baseURL }) => {
  await signInQuietly(page, baseURL!, argyleStaff);
  await openEditor(page, s, ARGYLE, argyle);
  let service = await editService(page, s, childcare.name);
  const typed = 'Bring a snack for your child. Typed before the reload.';
  await service.getByLabel(s.t('listings.fields.description'), { exact: true }).fill(typed);
  await service.getByLabel(s.t('listings.fields.name'), { exact: true }).fill('');
  const name = service.getByLabel(s.t('listings.fields.name'), { exact: true });
  await expect(name).toHaveAccessibleDescription(s.t('listings.problem.required'));
  await expect(page.getByRole('status').filter({ hasText: s.t('listings.save.invalid') })).toBeVisible();

  await page.getByRole('button', { name: s.t('listings.publish.button') }).click();
  await expect(name).toBeFocused();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('listings.editor.titleFor', { name: argyle }), { timeout: PAGE_LOAD });
  service = await editService(page, s, s.t('listings.services.unnamed'));
  await expect(service.getByLabel(s.t('listings.fields.description'), { exact: true })).toHaveValue(typed);
  await expect(service.getByLabel(s.t('listings.fields.name'), { exact: true })).toHaveAccessibleDescription(s.t('listings.problem.required'));

  // Fixed, it saves; discarded, the published listing is what the editor shows again, with an undo.
  await service.getByLabel(s.t('listings.fields.name'), { exact: true }).fill(childcare.name);
  await expectDraftSaved(page, s);
  await page.getByRole('button', { name: s.t('listings.discard.button') }).click();
  await page.getByRole('button', { name: s.t('listings.discard.confirmYes') }).click();
  await expect(page.getByRole('button', { name: s.t('listings.discard.undo') })).toBeVisible();
  await expect(page.locator('.listing-service-editor').getByLabel(s.t('listings.fields.description'), { exact: true })).not.toHaveValue(typed);
});

test('the history says what changed in words and an earlier version can be restored', async ({ page, baseURL }) => {
  await signInQuietly(page, baseURL!, argyleStaff);
  const sunday = { id: `${childcare.id}-schedule-sunday`, service_id: childcare.id, freq: 'WEEKLY' as const, wkst: 'MO' as const, byday: 'SU', opens_at: '11:00', closes_at: '13:00' };
  const version = await publishThroughApi(page.request, baseURL!, ARGYLE, (listing) => ({
    ...listing,
    services: listing.services.map((service) => (service.id === childcare.id ? { ...service, schedules: [...(service.schedules ?? []), sunday] } : service)),
  }));

  await page.goto(`/listings/${ARGYLE}/history`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('listings.history.title'), { timeout: PAGE_LOAD });
  const newest = page.locator('.listing-version').first();
  await expect(newest.getByRole('heading', { level: 2 })).toContainText(s.t('listings.history.version', { version }));
  await expect(newest).toContainText(s.t('listings.history.action.publish', { name: argyleStaff.displayName, date: '' }).trim());
  const change = newest.getByRole('listitem').filter({ hasText: s.t('listings.history.changed', { record: s.t('listings.history.record.service', { name: childcare.name }), field: s.t('listings.fields.schedules') }) });
  await expect(change).toContainText(`${weekdayText(SUNDAY)} ${clockText('11:00')} – ${clockText('13:00')}`);

  await page.getByRole('button', { name: s.t('listings.history.restore', { version: version - 1 }) }).click();
  await page.getByRole('button', { name: s.t('listings.history.restoreYes', { version: version - 1 }) }).click();
  await expect(page.getByRole('status').filter({ hasText: s.t('listings.history.restored', { version: version - 1, newVersion: version + 1 }) })).toBeVisible();
  await expect(page.locator('.listing-version').first().getByRole('heading', { level: 2 })).toContainText(s.t('listings.history.version', { version: version + 1 }));

  const directory = (await (await page.request.get('/api/directory')).json()) as { services: { id: string; schedules?: { byday?: string }[] }[] };
  const restored = directory.services.find((service) => service.id === childcare.id)!;
  expect(restored.schedules?.some((schedule) => schedule.byday === 'SU')).toBe(false);
});

test('a change typed offline is kept on the device and saved once the connection is back', async ({ page, context, baseURL }) => {
  await signInQuietly(page, baseURL!, argyleStaff);
  await openEditor(page, s, ARGYLE, argyle);
  const service = await editService(page, s, childcare.name);
  await context.setOffline(true);
  const notice = 'Closed on Friday for staff training.';
  await service.getByLabel(s.t('listings.fields.alert'), { exact: true }).fill(notice);
  await expect(page.getByRole('status').filter({ hasText: s.t('listings.save.offline') })).toBeVisible();

  await context.setOffline(false);
  await expectDraftSaved(page, s);
  const saved = await page.request.get(`/api/listings/${ARGYLE}`);
  const draft = (await saved.json()) as { document: { services: { id: string; alert?: string | null }[] } };
  expect(draft.document.services.find((entry) => entry.id === childcare.id)?.alert).toBe(notice);
  // Leaves the listing as the next tests expect it: no draft.
  expect((await page.request.delete(`/api/listings/${ARGYLE}/draft`, { headers: { Origin: baseURL! } })).status()).toBe(200);
});

test('"still correct" is one click and shows today\'s date', async ({ page, baseURL }) => {
  await signInQuietly(page, baseURL!, argyleStaff);
  await openEditor(page, s, ARGYLE, argyle);
  const today = new Intl.DateTimeFormat('en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());
  // The childcare service was last confirmed months ago (a restore brings its old date back too).
  const row = page.locator('.listing-service-row').filter({ hasText: childcare.name });
  await expect(row).toContainText(s.pattern('listings.services.verifiedOn'));
  await expect(row).not.toContainText(s.t('listings.services.verifiedOn', { date: today }));
  // Unconfirmed for longer than the region's period (180 days by default): flagged.
  await expect(row).toContainText(s.t('listings.services.stale'));
  await row.getByRole('button', { name: s.t('listings.services.stillCorrect', { name: childcare.name }) }).click();
  // A confirmation is a new version and a rebuilt bundle: slower than a save on a busy server.
  await expect(page.getByRole('status').filter({ hasText: s.t('listings.services.verified', { count: 1, date: today }) })).toBeVisible({ timeout: 15_000 });
  await expect(row).toContainText(s.t('listings.services.verifiedOn', { date: today }));
  await expect(row).not.toContainText(s.t('listings.services.stale'));
});

test('a draft begun before someone else published is kept on the device until the reader decides', async ({ page, baseURL }) => {
  await signInQuietly(page, baseURL!, argyleStaff);
  await openEditor(page, s, ARGYLE, argyle);
  const service = await editService(page, s, childcare.name);
  // Someone else publishes while this editor is open.
  await publishThroughApi(page.request, baseURL!, ARGYLE, (listing) => ({ ...listing, organization: { ...listing.organization, alternate_name: `Argyle ${Date.now()}` } }));

  const notice = 'Registration opens in January.';
  await service.getByLabel(s.t('listings.fields.alert'), { exact: true }).fill(notice);
  await expect(page.getByRole('status').filter({ hasText: s.t('listings.save.conflict') })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: s.t('listings.save.conflict') })).toBeVisible({ timeout: PAGE_LOAD });
  await expect((await editService(page, s, childcare.name)).getByLabel(s.t('listings.fields.alert'), { exact: true })).toHaveValue(notice);

  await page.getByRole('button', { name: s.t('listings.save.keepMine') }).click();
  await expectDraftSaved(page, s);
  expect((await page.request.delete(`/api/listings/${ARGYLE}/draft`, { headers: { Origin: baseURL! } })).status()).toBe(200);
});

test('the editor works from the keyboard alone: a fold opens, a day is ticked, a time typed', async ({ page, baseURL }) => {
  await signInQuietly(page, baseURL!, argyleStaff);
  await openEditor(page, s, ARGYLE, argyle);
  const service = await editService(page, s, childcare.name);
  const hoursSummary = service.locator('summary', { hasText: s.t('listings.hours.title') });
  await tabTo(page, hoursSummary, 200);
  await page.keyboard.press('Enter');
  const sunday = service.getByRole('group', { name: s.t('listings.hours.sessionDays', { n: 1 }) }).getByRole('checkbox', { name: weekdayText(SUNDAY) });
  await tabTo(page, sunday);
  await page.keyboard.press('Space');
  await expect(sunday).toBeChecked();
  const closes = service.getByLabel(s.t('listings.hours.closes', { n: 1 }));
  await tabTo(page, closes);
  await expect(closes).toBeFocused();
  expect((await page.request.delete(`/api/listings/${ARGYLE}/draft`, { headers: { Origin: baseURL! } })).status()).toBe(200);
});

test('in a region that reviews first publications, a new listing waits for the LIP, who approves it', async ({ page, baseURL }) => {
  await signInQuietly(page, baseURL!, coordinator);
  const settings = (review: boolean) =>
    page.request.put('/api/regions/london-middlesex/listing-settings', { headers: { Origin: baseURL! }, data: { reviewFirstPublications: review } });
  expect((await settings(true)).status()).toBe(200);
  try {
    const organizationId = `org-review-${Date.now()}`;
    const name = 'Riverside Welcome Centre';
    const created = await page.request.post('/api/listings', { headers: { Origin: baseURL! }, data: { regionId: 'london-middlesex', organizationId, name } });
    expect(created.status(), await created.text()).toBe(201);

    await openEditor(page, s, organizationId, name);
    const details = await openFold(page.locator('main'), s.t('listings.organization.title'));
    await details.getByLabel(s.t('listings.fields.description'), { exact: true }).fill('Help with housing and forms for families who just arrived.');
    await expectDraftSaved(page, s);
    await page.getByRole('button', { name: s.t('listings.publish.button') }).click();
    await page.getByRole('button', { name: s.t('listings.publish.confirmYes', { version: 1 }) }).click();
    await expect(page.getByRole('status').filter({ hasText: s.t('listings.publish.pending', { version: 1 }) })).toBeVisible();

    await page.goto(`/listings/${organizationId}/history`);
    await page.getByRole('button', { name: s.t('listings.history.approve', { version: 1 }) }).click();
    await expect(page.getByRole('status').filter({ hasText: s.t('listings.history.approved', { version: 1 }) })).toBeVisible();
    await expect(page.locator('.listing-version').first()).toContainText(s.t('listings.history.liveNow'));
  } finally {
    expect((await settings(false)).status()).toBe(200);
  }
});

test('the listings page and the history have no accessibility violations', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await signInQuietly(page, baseURL!, argyleStaff);
  await page.goto('/listings');
  await expect(page.getByRole('link', { name: argyle, exact: true })).toBeVisible({ timeout: PAGE_LOAD });
  await expectNoAxeViolations(page);

  await page.goto(`/listings/${ARGYLE}/history`);
  await expect(page.locator('.listing-version').first()).toBeVisible({ timeout: PAGE_LOAD });
  await expectNoAxeViolations(page);
});

for (const lang of ['en', 'ar'] as const) {
  test(`the editor, its hours, translations and eligibility open, has no accessibility violations (${lang})`, async ({ page, baseURL }) => {
    // axe reads every one of the editor's many inputs: slow on a busy machine.
    test.setTimeout(90_000);
    const t = strings(lang);
    await signInQuietly(page, baseURL!, argyleStaff);
    await page.goto('/');
    if (lang !== 'en') await chooseLanguage(page, lang);
    await openEditor(page, t, ARGYLE, argyle);
    const service = await editService(page, t, volunteering.name);
    await openFold(service, t.t('listings.hours.title'));
    await openFold(service, t.pattern('listings.translations.title'));
    await openFold(service, t.t('listings.eligibility.title'));
    await expectNoAxeViolations(page);
  });
}
