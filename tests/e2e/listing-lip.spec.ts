/**
 * The LIP's tools on the listings page: a coordinator adds an organization (a taken id is refused
 * beside its field, with the name kept) and lands in its editor; the review setting shows what the
 * server holds and comes back when a save fails. Provider staff do not get these tools. The setting
 * is never changed here: other specs publish in the same region at the same time, and a review
 * would hold their publications.
 */
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { strings } from '../helpers/strings.ts';
import { ARGYLE, argyleStaff, coordinator, organizationName, signInQuietly } from './staff-support.ts';

test.use({ serviceWorkers: 'block', locale: 'en-CA' });
const s = strings('en');
/** A page opened afresh first indexes the directory for search: seconds on a busy machine. */
const PAGE_LOAD = 15_000;

test('a coordinator adds an organization and lands in its editor; a taken id is refused beside its field', async ({ page, baseURL }) => {
  await signInQuietly(page, baseURL!, coordinator);
  await page.goto('/listings');
  await expect(page.getByRole('heading', { level: 2, name: s.t('listings.lip.addTitle') })).toBeVisible({ timeout: PAGE_LOAD });

  const suffix = randomUUID().slice(0, 8);
  const name = `Centre Élan ${suffix}`;
  const nameField = page.getByRole('textbox', { name: s.t('listings.lip.name') });
  const idField = page.getByRole('textbox', { name: s.t('listings.lip.id') });
  await nameField.fill(name);
  // The id is suggested from the name, accents dropped.
  await expect(idField).toHaveValue(`centre-elan-${suffix}`);
  await expect(idField).toHaveAccessibleDescription(s.t('listings.lip.idHint'));

  // Emptying the id to type another does not bring the suggestion back; an empty id is asked for.
  await idField.fill('');
  await page.getByRole('button', { name: s.t('listings.lip.add') }).click();
  await expect(idField).toHaveValue('');
  await expect(idField).toHaveAccessibleDescription(`${s.t('listings.lip.idHint')} ${s.t('listings.problem.required')}`);

  // An id another organization has: the server refuses it, said beside the field, the name kept.
  await idField.fill(ARGYLE);
  await page.getByRole('button', { name: s.t('listings.lip.add') }).click();
  await expect(idField).toHaveAccessibleDescription(`${s.t('listings.lip.idHint')} ${s.t('listings.lip.idTaken')}`);
  await expect(idField).toHaveAttribute('aria-invalid', 'true');
  await expect(idField).toBeFocused();
  await expect(nameField).toHaveValue(name);
  await expect(idField).toHaveValue(ARGYLE);

  const organizationId = `elan-${suffix}`;
  await idField.fill(organizationId);
  await page.getByRole('button', { name: s.t('listings.lip.add') }).click();
  await expect(page).toHaveURL(`/listings/${organizationId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('listings.editor.titleFor', { name }), { timeout: PAGE_LOAD });

  // Back on the list, the new organization is there and the form is empty for the next one.
  await page.goto('/listings');
  await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', `/listings/${organizationId}`, { timeout: PAGE_LOAD });
  await expect(nameField).toHaveValue('');
});

test('the review setting shows what the server holds for the coordinator\'s region', async ({ page, baseURL }) => {
  await signInQuietly(page, baseURL!, coordinator);
  const me = (await (await page.request.get('/api/auth/me')).json()) as { user: { regionId: string } };
  const settings = await page.request.get(`/api/regions/${me.user.regionId}/listing-settings`);
  expect(settings.status(), await settings.text()).toBe(200);
  const { reviewFirstPublications } = (await settings.json()) as { reviewFirstPublications: boolean };

  await page.goto('/listings');
  const group = page.getByRole('group', { name: s.t('listings.lip.reviewTitle') });
  const review = group.getByRole('checkbox', { name: s.t('listings.lip.review') });
  await expect(review).toBeVisible({ timeout: PAGE_LOAD });
  await expect(review).toBeChecked({ checked: reviewFirstPublications });
  await expect(group.getByRole('status')).toHaveText('');
  await expectNoAxeViolations(page);

  // A save that does not get through (the request never leaves, so the region is untouched)
  // puts the box back as the server has it and says so.
  await page.route('**/listing-settings', (route) => (route.request().method() === 'PUT' ? route.abort() : route.fallback()));
  await review.press('Space');
  await expect(group.getByRole('status')).toHaveText(s.t('listings.lip.saveFailed'));
  await expect(review).toBeChecked({ checked: reviewFirstPublications });
  await expect(review).toBeFocused();
});

test('staff of a provider do not get the LIP\'s tools', async ({ page, baseURL }) => {
  await signInQuietly(page, baseURL!, argyleStaff);
  await page.goto('/listings');
  await expect(page.getByRole('link', { name: organizationName(ARGYLE), exact: true })).toBeVisible({ timeout: PAGE_LOAD });
  // The header knows who is signed in, so the page has decided what to show.
  await expect(page.getByRole('navigation', { name: s.t('staff.menu.label') })).toContainText(s.t('staff.menu.signedInAs', { name: argyleStaff.displayName }));
  await expect(page.getByRole('heading', { name: s.t('listings.lip.addTitle') })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: s.t('listings.lip.review') })).toHaveCount(0);
});
