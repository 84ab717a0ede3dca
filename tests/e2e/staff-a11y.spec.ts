/**
 * The staff pages against WCAG 2.2 AA, in English and in Arabic (right to left), and on a
 * 320 px phone without sideways scrolling.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { strings, type Strings } from '../helpers/strings.ts';
import { ARGYLE, argyleStaff, openInbox, referralLink, sendReferral, servicesOf, signInQuietly } from './staff-support.ts';

test.use({ serviceWorkers: 'block' });

/** Opens a referral from the inbox and waits for its history, the last part the page draws. */
async function openReferral(page: Page, s: Strings, referenceCode: string): Promise<void> {
  await openInbox(page, s);
  await referralLink(page, s, referenceCode).click();
  await expect(page.getByRole('heading', { level: 2, name: s.t('staff.history.title') })).toBeVisible();
}

for (const [lang, locale] of [['en', 'en-CA'], ['ar', 'ar']] as const) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale });
    const s = strings(lang);

    test('sign-in page, after a refusal: no WCAG 2.2 AA violations', async ({ page }) => {
      await page.goto('/sign-in');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await page.getByLabel(s.t('staff.signIn.email')).fill(argyleStaff.email);
      await page.getByLabel(s.t('staff.signIn.password'), { exact: true }).fill('not-the-password');
      await page.getByRole('button', { name: s.t('staff.signIn.submit') }).click();
      await expect(page.getByRole('alert')).toHaveText(s.t('staff.signIn.wrongCredentials'));
      await expectNoAxeViolations(page);
    });

    test('inbox: no WCAG 2.2 AA violations', async ({ page, request, baseURL }) => {
      const sent = await sendReferral(request, baseURL!, servicesOf(ARGYLE)[0]!.id);
      await signInQuietly(page, baseURL!, argyleStaff);
      await openInbox(page, s);
      await expect(referralLink(page, s, sent.referenceCode)).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('a referral, with the reject confirmation open: no WCAG 2.2 AA violations', async ({ page, request, baseURL }) => {
      const sent = await sendReferral(request, baseURL!, servicesOf(ARGYLE)[0]!.id);
      await signInQuietly(page, baseURL!, argyleStaff);
      await openReferral(page, s, sent.referenceCode);
      await page.getByRole('button', { name: s.t('staff.actions.move.rejected'), exact: true }).click();
      await expect(page.getByRole('group', { name: s.t('staff.actions.confirmTitle.rejected') })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('320 px wide', () => {
  test.use({ locale: 'ar', viewport: { width: 320, height: 640 } });
  const s = strings('ar');

  test('a referral page does not scroll sideways', async ({ page, request, baseURL }) => {
    const sent = await sendReferral(request, baseURL!, servicesOf(ARGYLE)[0]!.id);
    await signInQuietly(page, baseURL!, argyleStaff);
    await openReferral(page, s, sent.referenceCode);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  });
});
