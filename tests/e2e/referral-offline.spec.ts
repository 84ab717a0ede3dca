/**
 * A request made with no connection waits on the phone, survives a reload, and goes out by
 * itself when the connection returns: once, whoever sends it (the page or the service worker).
 */
import { expect, test } from '@playwright/test';
import { open } from '../helpers/app.ts';
import { strings } from '../helpers/strings.ts';
import { OUTBOX_SYNC_TAG } from '../../src/client/features/referral/outbox/referral-outbox.ts';
import { agreeAndSend, countInInbox, fillDetails, goOffline, goToConsent, openContactForm, organizationOf, settlementService, uniqueName, visitOnce } from './referral-support.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'allow' });

const s = strings('en');

test('a request made offline waits on the phone, then arrives exactly once when the connection returns', async ({ page, context, baseURL }) => {
  const name = uniqueName();
  await visitOnce(page);
  await openContactForm(page, s);
  await fillDetails(page, s, { name });
  await goToConsent(page, s);

  await goOffline(context, page);
  await agreeAndSend(page, s, organizationOf(settlementService.id));
  await expect(page.getByRole('status').filter({ hasText: s.t('referral.outcome.waiting') })).toBeVisible();

  // Still there after a reload with no connection.
  await page.goto('/requests');
  const waiting = page.getByRole('region', { name: s.t('requests.waitingTitle') });
  await expect(waiting.getByRole('listitem')).toHaveCount(1);
  await expect(waiting.getByRole('listitem')).toContainText(settlementService.name);
  await expect(waiting.getByText(s.t('requests.waiting'))).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: s.t('requests.justSent', { service: settlementService.name }) })).toBeVisible();
  await expect(page.getByRole('region', { name: s.t('requests.waitingTitle') })).toHaveCount(0);
  const sent = page.getByRole('region', { name: s.t('requests.sentTitle') }).getByRole('listitem');
  await expect(sent).toHaveCount(1);
  await expect(sent).toContainText(s.pattern('requests.reference'));

  // The agency received it once, however many senders tried.
  expect(await countInInbox(page, baseURL!, name)).toBe(1);
});

test('a request left waiting goes out when the app is opened again online', async ({ page, context, baseURL }) => {
  const name = uniqueName();
  await visitOnce(page);
  await openContactForm(page, s);
  await fillDetails(page, s, { name });
  await goToConsent(page, s);
  await goOffline(context, page);
  await agreeAndSend(page, s, organizationOf(settlementService.id));
  await expect(page.getByRole('status').filter({ hasText: s.t('referral.outcome.waiting') })).toBeVisible();
  await page.close();

  const later = await context.newPage();
  await context.setOffline(false);
  await open(later, '/');
  await later.getByRole('link', { name: s.t('app.myRequests') }).click();
  const sent = later.getByRole('region', { name: s.t('requests.sentTitle') }).getByRole('listitem');
  await expect(sent).toHaveCount(1);
  await expect(sent).toContainText(s.t('referral.status.requested'));
  expect(await countInInbox(later, baseURL!, name)).toBe(1);
});

test('with the app closed, the service worker sends what waits in the outbox when the browser wakes it', async ({ page, context, baseURL }) => {
  const name = uniqueName();
  await visitOnce(page);
  await openContactForm(page, s);
  await fillDetails(page, s, { name });
  await goToConsent(page, s);
  await goOffline(context, page);
  await agreeAndSend(page, s, organizationOf(settlementService.id));
  await expect(page.getByRole('status').filter({ hasText: s.t('referral.outcome.waiting') })).toBeVisible();

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
  await devtools.send('ServiceWorker.dispatchSyncEvent', { origin: new URL(baseURL!).origin, registrationId, tag: OUTBOX_SYNC_TAG, lastChance: false });

  await expect.poll(() => countInInbox(page, baseURL!, name)).toBe(1);
  await open(page, '/requests');
  const sent = page.getByRole('region', { name: s.t('requests.sentTitle') }).getByRole('listitem');
  await expect(sent).toHaveCount(1);
  await expect(page.getByRole('region', { name: s.t('requests.waitingTitle') })).toHaveCount(0);
});
