/**
 * A newcomer asks a service to contact them: the form says what is missing in their language,
 * asks a separate yes for health, keeps what they typed, and ends with a reference code and a
 * private status page they can follow and withdraw from.
 */
import { expect, test } from '@playwright/test';
import { chooseLanguage, open } from '../helpers/app.ts';
import { termLabel } from '../helpers/data.ts';
import { strings } from '../helpers/strings.ts';
import {
  agreeAndSend,
  consentBox,
  contactPath,
  fillDetails,
  goToConsent,
  healthBox,
  healthService,
  nameBox,
  needBox,
  openContactForm,
  organizationOf,
  phoneBox,
  sentReferenceCode,
  settlementService,
  uniqueName,
} from './referral-support.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'block' });

const s = strings('en');
const argyle = organizationOf(settlementService.id);

test('the service page leads to the form with a clear button', async ({ page }) => {
  await open(page, `/service/${settlementService.id}`);
  await page.getByRole('link', { name: s.t('service.askToBeContacted') }).click();
  await expect(page).toHaveURL(contactPath(settlementService.id));
  await expect(page.getByText(s.t('referral.intro', { organization: argyle, service: settlementService.name }))).toBeVisible();
  await expect(needBox(page, 'settlement')).toBeChecked();
});

test('refuses to go on without a way to reach the person, and to send without consent, saying why', async ({ page }) => {
  await openContactForm(page, s);
  await nameBox(page, s).fill(uniqueName());
  await page.getByRole('button', { name: s.t('referral.form.next') }).click();
  await expect(page.getByRole('alert').filter({ hasText: s.t('referral.errors.summary', { count: 1 }) })).toBeVisible();
  await expect(page.getByText(s.t('referral.errors.contactRequired'))).toBeVisible();
  // The focus goes to the first answer to fix, which reads its message.
  await expect(phoneBox(page, s)).toBeFocused();

  await phoneBox(page, s).fill('12');
  await page.getByRole('button', { name: s.t('referral.form.next') }).click();
  await expect(phoneBox(page, s)).toHaveAccessibleDescription(s.t('referral.errors.phoneInvalid'));
  await phoneBox(page, s).fill('519 555 0142');
  await goToConsent(page, s);

  await page.getByRole('button', { name: s.t('referral.form.send') }).click();
  await expect(consentBox(page, s, argyle)).toBeFocused();
  await expect(consentBox(page, s, argyle)).toHaveAccessibleDescription(s.t('referral.errors.consentRequired'));
  await expect(page.getByText(s.t('referral.outcome.sent'))).toHaveCount(0);
});

test('the messages are in the reader\'s language', async ({ page }) => {
  const ar = strings('ar');
  await openContactForm(page, s);
  await chooseLanguage(page, 'ar');
  await page.getByRole('button', { name: ar.t('referral.form.next') }).click();
  await expect(page.getByText(ar.t('referral.errors.nameRequired'))).toBeVisible();
  await expect(page.getByText(ar.t('referral.errors.contactRequired'))).toBeVisible();
  await expect(page.getByRole('checkbox', { name: termLabel('settlement', 'ar'), exact: true })).toBeChecked();
});

test('a request sent online gets a reference code, and its private page says it was sent', async ({ page }) => {
  await openContactForm(page, s);
  await fillDetails(page, s, { name: uniqueName(), note: 'Mornings are best.' });
  await goToConsent(page, s);
  await expect(page.getByText(s.t('referral.consent.who', { organization: argyle, service: settlementService.name }))).toBeVisible();
  await expect(page.getByText(s.t('referral.consent.keep', { count: 365 }))).toBeVisible();
  await agreeAndSend(page, s, argyle);
  const code = await sentReferenceCode(page, s);

  await page.getByRole('link', { name: s.t('referral.outcome.seeStatus') }).click();
  await expect(page).toHaveURL(/\/status#token=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('requests.detail.title'));
  await expect(page.getByRole('definition').filter({ hasText: code })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: settlementService.name })).toBeVisible();
  await expect(page.getByText(s.t('referral.statusHelp.requested'))).toBeVisible();
  await expect(page.locator('.timeline-what')).toHaveText([s.t('referral.status.requested')]);

  await page.getByRole('link', { name: s.t('app.myRequests') }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: s.t('requests.sentTitle') })).toBeVisible();
  await expect(page.getByText(s.t('requests.reference', { code }))).toBeVisible();
});

test('a health need asks a separate yes, and the request is not sent without it', async ({ page }) => {
  const organization = organizationOf(healthService.id);
  await openContactForm(page, s, healthService.id);
  await expect(needBox(page, 'health')).toBeChecked();
  await fillDetails(page, s, { name: uniqueName() });
  await goToConsent(page, s);
  await expect(page.getByText(s.t('referral.consent.healthNote'))).toBeVisible();
  await agreeAndSend(page, s, organization);
  await expect(healthBox(page, s)).toBeFocused();
  await expect(healthBox(page, s)).toHaveAccessibleDescription(s.t('referral.errors.healthConsentRequired'));
  await healthBox(page, s).check();
  await page.getByRole('button', { name: s.t('referral.form.send') }).click();
  await sentReferenceCode(page, s);
});

test('the health box comes with a health need and goes with it', async ({ page }) => {
  await openContactForm(page, s);
  await needBox(page, 'mental-health').check();
  await fillDetails(page, s, { name: uniqueName() });
  await goToConsent(page, s);
  await expect(healthBox(page, s)).toBeVisible();
  await page.getByRole('button', { name: s.t('referral.form.back') }).click();
  await needBox(page, 'mental-health').uncheck();
  await goToConsent(page, s);
  await expect(healthBox(page, s)).toHaveCount(0);
});

test('what was typed survives a reload, and is cleared once sent', async ({ page }) => {
  const name = uniqueName();
  await openContactForm(page, s);
  await fillDetails(page, s, { name, note: 'After 5 pm, please.' });
  await needBox(page, 'housing').check();
  await page.reload();
  await expect(nameBox(page, s)).toHaveValue(name);
  await expect(phoneBox(page, s)).toHaveValue('519 555 0142');
  await expect(page.getByLabel(s.t('referral.form.note'))).toHaveValue('After 5 pm, please.');
  await expect(needBox(page, 'housing')).toBeChecked();

  await goToConsent(page, s);
  await agreeAndSend(page, s, argyle);
  await sentReferenceCode(page, s);
  await openContactForm(page, s);
  await expect(nameBox(page, s)).toHaveValue('');
});

test('withdrawing erases the request: the private page then says it is stopped', async ({ page }) => {
  await openContactForm(page, s);
  await fillDetails(page, s, { name: uniqueName() });
  await goToConsent(page, s);
  await agreeAndSend(page, s, argyle);
  await sentReferenceCode(page, s);
  await page.getByRole('link', { name: s.t('referral.outcome.seeStatus') }).click();
  const token = new URL(page.url()).hash.replace('#token=', '');

  await page.getByRole('button', { name: s.t('requests.detail.withdraw') }).click();
  await expect(page.getByRole('heading', { level: 2, name: s.t('requests.detail.withdrawQuestion') })).toBeFocused();
  await expect(page.getByText(s.t('requests.detail.withdrawWarning'))).toBeVisible();
  await page.getByRole('button', { name: s.t('requests.detail.withdrawYes') }).click();
  await expect(page.getByRole('status').filter({ hasText: s.t('requests.detail.withdrawn') })).toBeVisible();
  await expect(page.locator('.timeline-what')).toHaveText([s.t('referral.status.requested'), s.t('referral.status.cancelled')]);

  await page.reload();
  await expect(page.getByText(s.t('requests.detail.withdrawn'))).toBeVisible();
  await expect(page.getByRole('button', { name: s.t('requests.detail.withdraw') })).toHaveCount(0);
  const view = await (await page.request.get(`/api/referrals/status/${token}`)).json();
  expect(view).toMatchObject({ status: 'cancelled', withdrawn: true });
});

test('a status link that matches nothing says so', async ({ page }) => {
  await page.goto(`/status#token=${'x'.repeat(43)}`);
  await expect(page.getByText(s.t('requests.detail.notFound'))).toBeVisible();
  await page.goto('/status');
  await expect(page.getByText(s.t('requests.detail.noToken'))).toBeVisible();
});

test('a request the server refuses shows why, and can be removed, brought back and fixed', async ({ page }) => {
  await page.route('/api/referrals', (route) =>
    route.fulfill({ status: 400, json: { error: 'The request is not valid.', fields: [{ path: 'contact.phone', message: 'must be a phone number' }] } }),
  );
  const name = uniqueName();
  await openContactForm(page, s);
  await fillDetails(page, s, { name });
  await goToConsent(page, s);
  await agreeAndSend(page, s, argyle);
  await expect(page.getByText(s.t('referral.refused.title'))).toBeVisible();
  await expect(page.getByText(s.t('referral.errors.phoneInvalid'))).toBeVisible();

  await page.getByRole('button', { name: s.t('referral.refused.discard') }).click();
  await expect(page.getByText(s.t('referral.refused.discarded'))).toBeVisible();
  await page.getByRole('button', { name: s.t('referral.refused.undo') }).click();
  await expect(page.getByText(s.t('referral.refused.title'))).toBeVisible();

  await page.unroute('/api/referrals');
  await page.getByRole('link', { name: s.t('referral.refused.fix') }).click();
  await expect(nameBox(page, s)).toHaveValue(name);
  await expect(phoneBox(page, s)).toBeFocused();
  await expect(phoneBox(page, s)).toHaveAccessibleDescription(s.t('referral.errors.phoneInvalid'));
  await goToConsent(page, s);
  await agreeAndSend(page, s, argyle);
  await sentReferenceCode(page, s);
  await page.goto('/requests');
  await expect(page.getByRole('heading', { level: 2, name: s.t('requests.sentTitle') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: s.t('requests.waitingTitle') })).toHaveCount(0);
});
