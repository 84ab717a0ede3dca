/**
 * What the staff specs share: the demo accounts, referrals sent the way a newcomer's phone sends
 * them, and signing in as a person would or, when sign-in is not the point, straight through the API.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { CONSENT_TEXT_VERSION } from '../../src/shared/referrals/referral-contract.ts';
import type { Strings } from '../helpers/strings.ts';

export interface DemoAccount {
  email: string;
  password: string;
  displayName: string;
}

/** The demo accounts the server seeds in demo mode (src/server/demo/README.md). */
export const argyleStaff: DemoAccount = { email: 'argyle@guichet.example', password: 'tulip-orchard-signal', displayName: 'Demo Staff, Argyle' };
export const hamiltonRoadStaff: DemoAccount = { email: 'hamilton-road@guichet.example', password: 'birch-meadow-anchor', displayName: 'Demo Staff, Hamilton Road' };
export const admin: DemoAccount = { email: 'admin@guichet.example', password: 'maple-harbour-lantern', displayName: 'Demo Administrator' };
export const coordinator: DemoAccount = { email: 'coordinator@guichet.example', password: 'cedar-river-compass', displayName: 'Demo Coordinator' };

interface DirectoryRecord {
  id: string;
  name: string;
}
const demo = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/demo/london-middlesex.json', import.meta.url)), 'utf8')) as {
  organizations: DirectoryRecord[];
  services: (DirectoryRecord & { organization_id: string; status: string })[];
};

export const ARGYLE = 'org-00001';
export const HAMILTON_ROAD = 'org-00002';

export function organizationName(organizationId: string): string {
  const found = demo.organizations.find((organization) => organization.id === organizationId);
  if (!found) throw new Error(`No organization ${organizationId} in the demo directory`);
  return found.name;
}

/** The organization's listed services, in the order of the directory file. */
export function servicesOf(organizationId: string): DirectoryRecord[] {
  const found = demo.services.filter((service) => service.organization_id === organizationId && service.status === 'active');
  if (found.length === 0) throw new Error(`No listed service of ${organizationId} in the demo directory`);
  return found;
}

export interface SentReferral {
  referenceCode: string;
  /** The secret of the newcomer's private status link. */
  statusToken: string;
}

/** A referral as a newcomer's phone sends it: same-origin JSON with an idempotency key. */
export async function sendReferral(
  request: APIRequestContext,
  origin: string,
  serviceId: string,
  options: { name?: string; allowForward?: boolean } = {},
): Promise<SentReferral> {
  const response = await request.post('/api/referrals', {
    headers: { Origin: origin },
    data: {
      serviceId,
      name: options.name ?? 'Amira Haddad',
      contact: { phone: '519-555-0142', email: 'amira@example.org' },
      preferredLanguage: 'ar',
      interpreterNeeded: true,
      fsa: 'N6A',
      needCategories: ['settlement'],
      note: 'Mornings are best.',
      consent: { textVersion: CONSENT_TEXT_VERSION, language: 'ar', agreed: true, healthAgreed: false, allowForward: options.allowForward ?? false },
      idempotencyKey: randomUUID(),
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as SentReferral;
}

/** Signs in through the API; the page's browser context keeps the session cookie. */
export async function signInQuietly(page: Page, origin: string, account: DemoAccount): Promise<void> {
  const response = await page.request.post('/api/auth/login', { headers: { Origin: origin }, data: { email: account.email, password: account.password } });
  expect(response.status(), await response.text()).toBe(200);
}

/** Signs in on the sign-in page, as a person would, and waits for the page it leads to. */
export async function signInOnPage(page: Page, s: Strings, account: DemoAccount): Promise<void> {
  await page.getByLabel(s.t('staff.signIn.email')).fill(account.email);
  await page.getByLabel(s.t('staff.signIn.password'), { exact: true }).fill(account.password);
  await page.getByRole('button', { name: s.t('staff.signIn.submit') }).click();
  await expect(page.getByRole('navigation', { name: s.t('staff.menu.label') })).toContainText(s.t('staff.menu.signedInAs', { name: account.displayName }));
}

/** The link that opens a referral, in the inbox list. */
export const referralLink = (page: Page, s: Strings, referenceCode: string): Locator =>
  page.getByRole('link', { name: s.t('staff.referral.code', { code: referenceCode }), exact: true });

/** Opens the inbox and waits until it shows how many referrals it holds. */
export async function openInbox(page: Page, s: Strings, query = ''): Promise<void> {
  await page.goto(`/inbox${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('staff.inbox.title'));
  await expect(page.getByRole('status').filter({ hasText: s.pattern('staff.inbox.count', {}, { exact: true }) })).toBeVisible();
}
