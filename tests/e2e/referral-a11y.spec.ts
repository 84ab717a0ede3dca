/**
 * The referral pages for screen readers and keyboards, left to right and right to left: no axe
 * violation of WCAG 2.2 AA on the form (with its messages), the consent step and the status page,
 * and no sideways scrolling on a 320 px phone.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { strings } from '../helpers/strings.ts';
import { CONSENT_TEXT_VERSION, type ReferralReceipt } from '../../src/shared/referrals/referral-contract.ts';
import { agreeAndSend, fillDetails, goToConsent, healthService, openContactForm, organizationOf, sentReferenceCode, settlementService, uniqueName } from './referral-support.ts';

test.use({ serviceWorkers: 'block' });

/** A request sent as a phone sends it, for the status page to show. */
async function sentRequestToken(page: Page, baseURL: string): Promise<string> {
  const answer = await page.request.post('/api/referrals', {
    headers: { Origin: baseURL },
    data: {
      serviceId: settlementService.id,
      name: uniqueName(),
      contact: { phone: '519 555 0142' },
      preferredLanguage: 'ar',
      interpreterNeeded: true,
      fsa: null,
      needCategories: ['settlement'],
      consent: { textVersion: CONSENT_TEXT_VERSION, language: 'ar', agreed: true, healthAgreed: false, allowForward: true },
      idempotencyKey: randomUUID(),
    },
  });
  expect(answer.status()).toBe(201);
  return ((await answer.json()) as ReferralReceipt).statusToken;
}

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const [lang, locale] of [['en', 'en-CA'], ['ar', 'ar']] as const) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale });
    const s = strings(lang);

    test('the form showing its messages: no WCAG 2.2 AA violations', async ({ page }) => {
      await openContactForm(page, s);
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      await page.getByRole('button', { name: s.t('referral.form.next') }).click();
      await expect(page.getByText(s.t('referral.errors.contactRequired'))).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('the consent step with the health box: no WCAG 2.2 AA violations', async ({ page }) => {
      await openContactForm(page, s, healthService.id);
      await fillDetails(page, s, { name: uniqueName() });
      await goToConsent(page, s);
      await expect(page.getByRole('checkbox', { name: s.t('referral.consent.agreeHealth') })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('the status page, and its withdraw question: no WCAG 2.2 AA violations', async ({ page, baseURL }) => {
      await page.goto(`/status#token=${await sentRequestToken(page, baseURL!)}`);
      await expect(page.getByRole('heading', { level: 2, name: s.t('requests.detail.history') })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: s.t('requests.detail.withdraw') }).click();
      await expect(page.getByRole('heading', { level: 2, name: s.t('requests.detail.withdrawQuestion') })).toBeFocused();
      await expectNoAxeViolations(page);
    });

    test('my requests with a sent request: no WCAG 2.2 AA violations', async ({ page }) => {
      await openContactForm(page, s);
      await fillDetails(page, s, { name: uniqueName() });
      await goToConsent(page, s);
      await agreeAndSend(page, s, organizationOf(settlementService.id));
      await sentReferenceCode(page, s);
      await page.getByRole('link', { name: s.t('referral.outcome.myRequests') }).click();
      await expect(page.getByRole('region', { name: s.t('requests.sentTitle') }).getByRole('listitem')).toHaveCount(1);
      await expectNoAxeViolations(page);
    });

    test('on a 320 px phone, the form and the consent step do not scroll sideways', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await openContactForm(page, s);
      expect(await sidewaysScroll(page)).toBe(0);
      await fillDetails(page, s, { name: uniqueName() });
      await goToConsent(page, s);
      expect(await sidewaysScroll(page)).toBe(0);
    });
  });
}
