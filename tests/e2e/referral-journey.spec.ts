/**
 * The closed loop, end to end: a newcomer asks two services to contact them, in Arabic, the
 * second time with no connection; both requests reach the agency once; staff accept one and
 * pass the other on to the right service; the newcomer's phone shows both changes.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoServices, translatedName } from '../helpers/data.ts';
import { strings } from '../helpers/strings.ts';
import type { InboxPage } from '../../src/shared/referrals/inbox-contract.ts';
import { agreeAndSend, fillDetails, goOffline, goToConsent, openContactForm, organizationOf, sentReferenceCode, uniqueName, visitOnce } from './referral-support.ts';
import { ARGYLE, argyleStaff, HAMILTON_ROAD, openInbox, organizationName, referralLink, servicesOf, signInOnPage } from './staff-support.ts';

test.use({ locale: 'ar', serviceWorkers: 'allow' });

const ar = strings('ar');
const en = strings('en');
const [firstService, secondService] = servicesOf(ARGYLE);
const rightService = servicesOf(HAMILTON_ROAD)[0]!;

/** A service's name as the Arabic interface shows it. */
const arabicName = (serviceId: string) => translatedName(demoServices.find((service) => service.id === serviceId)!, 'ar');

/** The newcomer's "My requests" entry for a service: its heading is the service's name. */
const requestEntry = (page: Page, serviceId: string) =>
  page.getByRole('region', { name: ar.t('requests.sentTitle') }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: arabicName(serviceId) }) });

test('a newcomer’s two requests, one sent offline, arrive once each; staff accept one and pass the other on; the phone shows both', async ({ page, context, browser }) => {
  test.slow();
  const firstName = uniqueName();
  const secondName = uniqueName();

  // The phone, in Arabic, visited once so the app works offline.
  await visitOnce(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');

  await openContactForm(page, ar, firstService!.id);
  await fillDetails(page, ar, { name: firstName, note: 'الصباح أفضل' });
  await goToConsent(page, ar);
  await agreeAndSend(page, ar, organizationOf(firstService!.id));
  const firstCode = await sentReferenceCode(page, ar);

  // No connection: the second request waits on the phone.
  await goOffline(context, page);
  await openContactForm(page, ar, secondService!.id);
  await fillDetails(page, ar, { name: secondName });
  await goToConsent(page, ar);
  await page.getByRole('checkbox', { name: ar.t('referral.consent.allowForward') }).check();
  await agreeAndSend(page, ar, organizationOf(secondService!.id));
  await expect(page.getByRole('status').filter({ hasText: ar.t('referral.outcome.waiting') })).toBeVisible();

  // Back online, it goes by itself.
  await context.setOffline(false);
  await page.goto('/requests');
  await expect(page.getByRole('region', { name: ar.t('requests.waitingTitle') })).toHaveCount(0);
  await expect(requestEntry(page, secondService!.id)).toContainText(ar.t('referral.status.requested'));

  // The agency: each request arrived exactly once.
  const staffContext = await browser.newContext({ locale: 'en-CA', serviceWorkers: 'block' });
  const staff = await staffContext.newPage();
  await staff.goto('/sign-in');
  await signInOnPage(staff, en, argyleStaff);
  const inbox = (await (await staff.request.get('/api/inbox?status=requested')).json()) as InboxPage;
  const arrived = (name: string) => inbox.items.filter((item) => item.person?.name === name);
  expect(arrived(firstName)).toHaveLength(1);
  expect(arrived(secondName)).toHaveLength(1);
  expect(arrived(firstName)[0]!.referenceCode).toBe(firstCode);
  expect(arrived(secondName)[0]!.preferredLanguage).toBe('ar');
  const secondCode = arrived(secondName)[0]!.referenceCode;

  // Accept the first.
  await openInbox(staff, en);
  await referralLink(staff, en, firstCode).click();
  await staff.getByRole('button', { name: en.t('staff.actions.move.accepted'), exact: true }).click();
  await expect(staff.getByRole('status').filter({ hasText: en.t('staff.actions.done', { status: en.t('staff.status.accepted') }) })).toBeVisible();

  // Pass the second on: the newcomer allowed it, so no need to ask them again.
  await openInbox(staff, en);
  await referralLink(staff, en, secondCode).click();
  await staff.getByRole('button', { name: en.t('staff.forward.open') }).click();
  await staff.getByRole('searchbox', { name: en.t('staff.forward.search') }).fill(`${rightService.name} ${organizationName(HAMILTON_ROAD)}`);
  await staff.getByRole('radio', { name: `${rightService.name} · ${organizationName(HAMILTON_ROAD)}` }).check();
  await staff.getByRole('button', { name: en.t('staff.forward.submit') }).click();
  await staff.getByRole('group', { name: en.t('staff.forward.confirmTitle', { service: rightService.name }) }).getByRole('button', { name: en.t('staff.forward.confirm') }).click();
  await expect(staff.getByRole('status').filter({ hasText: en.t('staff.forward.done', { service: rightService.name }) })).toBeVisible();
  await staffContext.close();

  // The newcomer's phone, in Arabic, shows both changes.
  await page.goto('/requests');
  await expect(requestEntry(page, firstService!.id)).toContainText(ar.t('referral.status.accepted'));
  await expect(requestEntry(page, secondService!.id)).toContainText(ar.t('requests.detail.forwarded', { service: arabicName(rightService.id) }));

  await requestEntry(page, secondService!.id).getByRole('link', { name: ar.t('requests.details') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.t('requests.detail.title'));
  await expect(page.getByText(ar.t('requests.detail.forwarded', { service: arabicName(rightService.id) }))).toBeVisible();
  await expect(page.getByText(ar.t('referral.reason.forwarded'))).toBeVisible();
});
