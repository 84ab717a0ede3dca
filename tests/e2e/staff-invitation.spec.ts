/**
 * Joining by invitation: the link shows what it is for, the server's password rules are shown
 * next to the field, an authenticator app is set up from the QR code's key, and the new person
 * lands signed in. Also the administrator's side: making the link from the account page.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { strings } from '../helpers/strings.ts';
import { admin, ARGYLE, organizationName, signInOnPage } from './staff-support.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'block' });

const s = strings('en');

async function inviteAsAdmin(request: APIRequestContext, origin: string, email: string): Promise<string> {
  const signedIn = await request.post('/api/auth/login', { headers: { Origin: origin }, data: { email: admin.email, password: admin.password } });
  expect(signedIn.status()).toBe(200);
  const created = await request.post('/api/auth/invitations', { headers: { Origin: origin }, data: { email, role: 'staff', organizationId: ARGYLE } });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { invitationUrl: string }).invitationUrl;
}

/** The key the page shows under the QR code ("ABCD EFGH …"), as a person would type it into their app. */
async function shownKey(page: Page): Promise<string> {
  const keyLine = page.getByText(s.t('staff.totp.keyLabel'));
  return (await keyLine.innerText()).replace(s.t('staff.totp.keyLabel'), '').replace(/\s/g, '');
}

/** The code an authenticator app holding `key` shows now. */
const codeFor = (key: string) => new TOTP({ secret: Secret.fromBase32(key), digits: 6, period: 30, algorithm: 'SHA1' }).generate();

test('an invitation is accepted with an authenticator app, and the new person lands signed in', async ({ page, request, baseURL }) => {
  const email = `new-colleague-${Date.now()}@agency.example`;
  const link = await inviteAsAdmin(request, baseURL!, email);
  await page.goto(link);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('staff.invitation.title'));
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText(s.t('staff.role.staff'))).toBeVisible();
  await expect(page.getByText(organizationName(ARGYLE))).toBeVisible();

  await page.getByLabel(s.t('staff.invitation.name')).fill('Nadia Rahimi');
  const password = page.getByLabel(s.t('staff.invitation.password'), { exact: true });
  await password.fill('too-short');
  await page.getByRole('checkbox', { name: s.t('staff.totp.offer') }).check();
  await expect(page.getByRole('img', { name: s.t('staff.totp.qrAlt') })).toBeVisible();
  const key = await shownKey(page);
  await page.getByLabel(s.t('staff.totp.code')).fill(codeFor(key));
  await page.getByRole('button', { name: s.t('staff.invitation.submit') }).click();

  // The server's own rule, next to the field it is about, which takes the focus.
  await expect(password).toBeFocused();
  await expect(page.getByText('Choose a password of at least 12 characters.')).toBeVisible();
  await expect(page.getByLabel(s.t('staff.invitation.name'))).toHaveValue('Nadia Rahimi');

  await password.fill('quiet-harbour-lantern-42');
  await page.getByLabel(s.t('staff.totp.code')).fill(codeFor(key));
  await page.getByRole('button', { name: s.t('staff.invitation.submit') }).click();

  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('staff.inbox.title'));
  await expect(page.getByRole('navigation', { name: s.t('staff.menu.label') })).toContainText(s.t('staff.menu.signedInAs', { name: 'Nadia Rahimi' }));

  // Signing in again takes the password, then a code from the app.
  await page.getByRole('button', { name: s.t('staff.menu.signOut') }).click();
  await expect(page.getByRole('status').filter({ hasText: s.t('staff.signIn.signedOut') })).toBeVisible();
  await page.getByLabel(s.t('staff.signIn.email')).fill(email);
  await page.getByLabel(s.t('staff.signIn.password'), { exact: true }).fill('quiet-harbour-lantern-42');
  await page.getByRole('button', { name: s.t('staff.signIn.submit') }).click();
  const code = page.getByLabel(s.t('staff.signIn.code'));
  await expect(code).toBeFocused();
  await code.fill(codeFor(key));
  await page.getByRole('button', { name: s.t('staff.signIn.submit') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('staff.inbox.title'));

  // The link works once.
  await page.goto(link);
  await expect(page.getByRole('alert')).toContainText(s.t('staff.invitation.used'));
});

test('an administrator makes an invitation link on the account page', async ({ page, baseURL }) => {
  await page.goto('/sign-in');
  await signInOnPage(page, s, admin);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('staff.account.title'));

  const invite = page.getByRole('region', { name: s.t('staff.invite.title') });
  const email = `invited-${Date.now()}@agency.example`;
  await invite.getByLabel(s.t('staff.account.email')).fill(email);
  await invite.getByLabel(s.t('staff.account.role')).selectOption({ label: s.t('staff.role.staff') });
  await invite.getByRole('button', { name: s.t('staff.invite.submit') }).click();
  await expect(invite.getByText(s.t('staff.invite.chooseOrganization'))).toBeVisible();

  await invite.getByLabel(s.t('staff.account.organization')).selectOption({ label: organizationName(ARGYLE) });
  await invite.getByRole('button', { name: s.t('staff.invite.submit') }).click();
  await expect(invite.getByRole('status').filter({ hasText: s.pattern('staff.invite.created', { email }) })).toBeVisible();
  const linkField = invite.getByLabel(s.t('staff.invite.link'));
  await expect(linkField).toBeFocused();
  await expect(linkField).toHaveValue(new RegExp(`^${baseURL}/invitation#token=[A-Za-z0-9_-]{43}$`));
});
