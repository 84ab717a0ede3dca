/**
 * Staff refer a client to another organization's service with the same form a newcomer uses,
 * recording the client's consent; signed out, they are sent to sign in and lose nothing.
 */
import { expect, test } from '@playwright/test';
import { strings } from '../helpers/strings.ts';
import { argyleStaff, HAMILTON_ROAD, organizationName, servicesOf, signInQuietly } from './staff-support.ts';
import { nameBox, phoneBox, uniqueName } from './referral-support.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'block' });

const s = strings('en');
const hamiltonRoad = organizationName(HAMILTON_ROAD);
const housing = servicesOf(HAMILTON_ROAD).find((service) => /housing/i.test(service.name))!;

test('signed out, the form asks to sign in and keeps what was typed', async ({ page }) => {
  await page.goto('/inbox/refer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('referral.staff.title'));
  const signIn = page.getByRole('alert').getByRole('link', { name: s.t('referral.staff.signIn') });
  await expect(signIn).toHaveAttribute('href', '/sign-in?next=%2Finbox%2Frefer');
  const name = uniqueName();
  await page.getByLabel(s.t('referral.staff.name')).fill(name);
  await page.reload();
  await expect(page.getByLabel(s.t('referral.staff.name'))).toHaveValue(name);
});

test("a staff member refers a client to another organization's service, and the client's link shows it", async ({ page, baseURL }) => {
  await signInQuietly(page, baseURL!, argyleStaff);
  await page.goto('/inbox/refer');
  await page.getByRole('searchbox', { name: s.t('referral.staff.serviceFilter') }).fill('housing hamilton');
  await expect(page.getByRole('status').filter({ hasText: s.pattern('referral.staff.serviceMatches') })).toBeVisible();
  await page.getByRole('radio', { name: `${housing.name} · ${hamiltonRoad}` }).check();
  await expect(page.getByRole('checkbox', { name: s.t('referral.staff.consentAgree', { organization: hamiltonRoad }) })).toBeVisible();

  await page.getByLabel(s.t('referral.staff.name')).fill(uniqueName());
  await page.getByRole('button', { name: s.t('referral.staff.send') }).click();
  await expect(page.getByText(s.t('referral.errors.contactRequired'))).toBeVisible();
  await expect(page.getByText(s.t('referral.errors.consentRequired'))).toBeVisible();
  await expect(page.getByLabel(s.t('referral.form.phone'), { exact: true })).toBeFocused();

  await page.getByLabel(s.t('referral.form.phone'), { exact: true }).fill('226 555 0199');
  await page.getByRole('checkbox', { name: s.t('referral.staff.consentAgree', { organization: hamiltonRoad }) }).check();
  await page.getByRole('button', { name: s.t('referral.staff.send') }).click();
  const receipt = page.getByRole('status').filter({ hasText: s.pattern('referral.staff.sent') });
  await expect(receipt).toBeVisible();

  await receipt.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('requests.detail.title'));
  await expect(page.getByRole('definition').filter({ hasText: housing.name })).toBeVisible();
  await expect(page.getByText(s.t('referral.statusHelp.requested'))).toBeVisible();
});

test('the newcomer form and the staff form are one form: same fields, the client named', async ({ page, baseURL }) => {
  await signInQuietly(page, baseURL!, argyleStaff);
  await page.goto('/inbox/refer');
  await expect(page.getByLabel(s.t('referral.staff.name'))).toBeVisible();
  await expect(nameBox(page, s)).toHaveCount(0);
  await expect(phoneBox(page, s)).toBeVisible();
  await expect(page.getByRole('group', { name: s.t('referral.staff.needsLegend') })).toBeVisible();
});
