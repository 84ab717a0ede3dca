/**
 * What the referral specs share: the newcomer's form filled as a person fills it, found by its
 * labels in the reader's language, and the checks a person (or the receiving agency) can make.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { open } from '../helpers/app.ts';
import type { InboxPage } from '../../src/shared/referrals/inbox-contract.ts';
import { demoServices, termLabel } from '../helpers/data.ts';
import { escapeRegExp, type Strings } from '../helpers/strings.ts';
import { ARGYLE, argyleStaff, organizationName, servicesOf, signInQuietly } from './staff-support.ts';

const directory = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/demo/london-middlesex.json', import.meta.url)), 'utf8')) as {
  services: { id: string; organization_id: string }[];
};

/** Argyle Newcomer Centre's first service (settlement): its staff can see what arrived. */
export const settlementService = servicesOf(ARGYLE)[0]!;
/** A service whose own category is health: its form starts with a health need. */
export const healthService = demoServices.find((service) => service.attributes?.some((attribute) => attribute.taxonomy_term_id === 'health'))!;

/** The organization that offers a service, by name, as the consent text names it. */
export function organizationOf(serviceId: string): string {
  const organizationId = (directory.services.find((service) => service.id === serviceId) ?? { organization_id: '' }).organization_id;
  return organizationName(organizationId);
}

export const contactPath = (serviceId: string): string => `/service/${serviceId}/contact`;

/** A name no other test uses, so what reaches the agency can be counted. */
export const uniqueName = (): string => `Test ${randomUUID().slice(0, 8)}`;

export async function openContactForm(page: Page, s: Strings, serviceId = settlementService.id): Promise<void> {
  await page.goto(contactPath(serviceId));
  await expect(page.getByRole('heading', { level: 2, name: s.t('referral.form.detailsTitle') })).toBeVisible();
}

export const nameBox = (page: Page, s: Strings): Locator => page.getByLabel(s.t('referral.form.name'));
export const phoneBox = (page: Page, s: Strings): Locator => page.getByLabel(s.t('referral.form.phone'), { exact: true });
export const needBox = (page: Page, termId: string, lang: Strings['lang'] = 'en'): Locator => page.getByRole('checkbox', { name: termLabel(termId, lang), exact: true });
export const consentBox = (page: Page, s: Strings, organization: string): Locator =>
  page.getByRole('checkbox', { name: s.t('referral.consent.agree', { organization }) });
export const healthBox = (page: Page, s: Strings): Locator => page.getByRole('checkbox', { name: s.t('referral.consent.agreeHealth') });

export async function fillDetails(page: Page, s: Strings, person: { name: string; phone?: string; note?: string }): Promise<void> {
  await nameBox(page, s).fill(person.name);
  await phoneBox(page, s).fill(person.phone ?? '519 555 0142');
  if (person.note) await page.getByLabel(s.t('referral.form.note')).fill(person.note);
}

export async function goToConsent(page: Page, s: Strings): Promise<void> {
  await page.getByRole('button', { name: s.t('referral.form.next') }).click();
  await expect(page.getByRole('heading', { level: 2, name: s.t('referral.consent.title') })).toBeFocused();
}

/** Agrees and sends; the page then follows what becomes of the request. */
export async function agreeAndSend(page: Page, s: Strings, organization: string): Promise<void> {
  await consentBox(page, s, organization).check();
  await page.getByRole('button', { name: s.t('referral.form.send') }).click();
}

/** The reference code the page announces once the request is sent. */
export async function sentReferenceCode(page: Page, s: Strings): Promise<string> {
  const sent = page.getByRole('status').filter({ hasText: s.t('referral.outcome.sent') });
  await expect(sent).toBeVisible();
  const [before = '', after = ''] = s.t('referral.outcome.reference', { code: '{{code}}' }).split('{{code}}');
  const text = await sent.innerText();
  const code = new RegExp(`${escapeRegExp(before)}(\\S+?)${escapeRegExp(after)}`).exec(text)?.[1];
  if (!code) throw new Error(`No reference code in: ${text}`);
  return code;
}

/** How many referrals named `name` the receiving agency's inbox holds. */
export async function countInInbox(page: Page, origin: string, name: string): Promise<number> {
  await signInQuietly(page, origin, argyleStaff);
  const answer = await page.request.get('/api/inbox?sort=newest');
  expect(answer.status()).toBe(200);
  const inbox = (await answer.json()) as InboxPage;
  return inbox.items.filter((item) => item.person?.name === name).length;
}

/** One visit with the service worker in control and the directory saved, so pages open offline. */
export async function visitOnce(page: Page): Promise<void> {
  await open(page, '/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await open(page, '/');
  await expect.poll(() => page.evaluate(async () => (await caches.match('/api/directory')) !== undefined)).toBe(true);
}

export async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  expect(await page.evaluate(() => fetch('/api/health').then(() => 'online', () => 'offline'))).toBe('offline');
}
