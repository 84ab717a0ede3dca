/**
 * Staff signing in and out: clear refusals that keep what was typed, the way back to the page
 * that asked for a session, and a sign-out that ends the session on the server.
 */
import { expect, test } from '@playwright/test';
import { strings } from '../helpers/strings.ts';
import { ARGYLE, argyleStaff, coordinator, referralLink, sendReferral, servicesOf, signInOnPage } from './staff-support.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'block' });

const s = strings('en');

test('the way in is at the foot of every page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: s.t('app.staffSignIn') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('staff.signIn.title'));
});

test('a wrong password is refused in plain words, the email stays, and the right one leads to the inbox', async ({ page }) => {
  await page.goto('/sign-in');
  const email = page.getByLabel(s.t('staff.signIn.email'));
  await email.fill(argyleStaff.email);
  await page.getByLabel(s.t('staff.signIn.password'), { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: s.t('staff.signIn.submit') }).click();

  await expect(page.getByRole('alert')).toHaveText(s.t('staff.signIn.wrongCredentials'));
  await expect(email).toHaveValue(argyleStaff.email);
  await expect(page).toHaveURL(/\/sign-in$/);

  await signInOnPage(page, s, argyleStaff);
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('staff.inbox.title'));
});

test('a throttled or unreachable sign-in says what to do, keeping what was typed', async ({ page }) => {
  // The server's throttle is shared by every test from this address, so its answer is played back here instead.
  let answer: 'throttled' | 'offline' = 'throttled';
  await page.route('**/api/auth/login', (route) =>
    answer === 'throttled'
      ? route.fulfill({ status: 429, headers: { 'Retry-After': '600' }, json: { error: 'Too many failed sign-in attempts.', retryAfterSeconds: 600 } })
      : route.abort('internetdisconnected'),
  );
  await page.goto('/sign-in');
  await page.getByLabel(s.t('staff.signIn.email')).fill(argyleStaff.email);
  await page.getByLabel(s.t('staff.signIn.password'), { exact: true }).fill(argyleStaff.password);
  await page.getByRole('button', { name: s.t('staff.signIn.submit') }).click();
  await expect(page.getByRole('alert')).toHaveText(s.t('staff.signIn.throttled', { count: 10 }));

  answer = 'offline';
  await page.getByRole('button', { name: s.t('staff.signIn.submit') }).click();
  await expect(page.getByRole('alert')).toHaveText(s.t('staff.signIn.offline'));
  await expect(page.getByLabel(s.t('staff.signIn.email'))).toHaveValue(argyleStaff.email);
  await expect(page.getByLabel(s.t('staff.signIn.password'), { exact: true })).toHaveValue(argyleStaff.password);
});

test('a page opened signed out asks to sign in, then opens that page', async ({ page, request, baseURL }) => {
  const sent = await sendReferral(request, baseURL!, servicesOf(ARGYLE)[0]!.id);
  await page.goto('/inbox');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Finbox$/);
  await expect(page.getByText(s.t('staff.signIn.toContinue'))).toBeVisible();
  await signInOnPage(page, s, argyleStaff);
  await expect(page).toHaveURL(/\/inbox$/);

  // A new-referral e-mail links to /inbox/<id>: the same address, opened with no session.
  const referralPath = await referralLink(page, s, sent.referenceCode).getAttribute('href');
  await page.context().clearCookies();
  await page.goto(referralPath!);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Finbox%2F/);
  await signInOnPage(page, s, argyleStaff);
  await expect(page).toHaveURL(new RegExp(`${referralPath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('staff.referral.code', { code: sent.referenceCode }));
});

test('signing out ends the session on the server: the inbox then asks to sign in', async ({ page, baseURL }) => {
  await page.goto('/sign-in');
  await signInOnPage(page, s, argyleStaff);
  const sessionCookies = await page.context().cookies();
  expect(sessionCookies.length).toBeGreaterThan(0);

  await page.getByRole('navigation', { name: s.t('staff.menu.label') }).getByRole('button', { name: s.t('staff.menu.signOut') }).click();
  await expect(page.getByRole('status').filter({ hasText: s.t('staff.signIn.signedOut') })).toBeVisible();
  await expect(page.getByRole('navigation', { name: s.t('staff.menu.label') })).toHaveCount(0);

  // The old cookie, sent again by hand, no longer opens anything.
  const cookieHeader = sessionCookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  const replayed = await page.request.fetch(`${baseURL}/api/auth/me`, { headers: { Cookie: cookieHeader } });
  expect(replayed.status()).toBe(401);

  await page.goto('/inbox');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Finbox$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('staff.signIn.title'));
});

test('a coordinator, who has no inbox, lands on their account page', async ({ page }) => {
  await page.goto('/sign-in');
  await signInOnPage(page, s, coordinator);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('staff.account.title'));
  await expect(page.getByText(s.t('staff.role.coordinator'))).toBeVisible();

  await page.goto('/inbox');
  await expect(page.getByRole('alert')).toContainText(s.t('staff.inbox.notStaff'));
});
