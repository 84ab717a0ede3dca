/**
 * The referral inbox as agency staff use it: only their organization's referrals, each one's
 * details, and moving it along (accept, reject with a reason, pass on to another organization).
 */
import { expect, test, type Page } from '@playwright/test';
import { escapeRegExp, strings } from '../helpers/strings.ts';
import {
  ARGYLE,
  argyleStaff,
  HAMILTON_ROAD,
  hamiltonRoadStaff,
  openInbox,
  organizationName,
  referralLink,
  sendReferral,
  servicesOf,
  signInOnPage,
  signInQuietly,
} from './staff-support.ts';

test.use({ locale: 'en-CA', serviceWorkers: 'block' });

const s = strings('en');
const argyleService = servicesOf(ARGYLE)[0]!;
const hamiltonService = servicesOf(HAMILTON_ROAD)[0]!;

/** Opens a referral from the inbox list, as staff would. */
async function openReferral(page: Page, referenceCode: string): Promise<void> {
  await openInbox(page, s);
  await referralLink(page, s, referenceCode).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('staff.referral.code', { code: referenceCode }));
}

const statusLine = (page: Page) => page.getByRole('region', { name: s.t('staff.referral.summary') }).getByText(s.t('staff.referral.statusIs')).locator('..');
/** The line that says what an action did, read out by screen readers as it appears. */
const outcome = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

/** The reference code the receiving service gave a forwarded referral, from "Their reference: K7QM-4XTB. Status there: …". */
function forwardedCode(text: string): string | undefined {
  const [before, after] = s.t('staff.referral.forwardedToState', { code: '@@', status: s.t('staff.status.requested') }).split('@@');
  return new RegExp(`${escapeRegExp(before!)}([A-Z0-9-]+)${escapeRegExp(after!)}`).exec(text)?.[1];
}

test('the inbox lists referrals to the reader’s organization and not those to another', async ({ page, request, baseURL }) => {
  const ours = await sendReferral(request, baseURL!, argyleService.id);
  const theirs = await sendReferral(request, baseURL!, hamiltonService.id);
  await signInQuietly(page, baseURL!, argyleStaff);
  await openInbox(page, s);

  const row = page.getByRole('listitem').filter({ has: referralLink(page, s, ours.referenceCode) });
  await expect(row).toContainText(argyleService.name);
  await expect(row).toContainText(s.t('staff.status.requested'));
  await expect(row).toContainText(s.t('staff.referral.languageIs', { language: 'Arabic' }));
  await expect(row).toContainText(s.t('staff.referral.interpreterNeeded'));
  await expect(row).toContainText(s.t('staff.referral.fromPerson'));
  await expect(row).toContainText(new RegExp(`${s.pattern('staff.inbox.justNow').source}|${s.pattern('staff.inbox.waiting').source}`));
  await expect(referralLink(page, s, theirs.referenceCode)).toHaveCount(0);

  // Filtered to accepted referrals, a new one is not there, and the count says so.
  await page.getByLabel(s.t('staff.inbox.statusFilter')).selectOption({ label: s.t('staff.status.accepted') });
  await expect(page).toHaveURL(/status=accepted/);
  await expect(referralLink(page, s, ours.referenceCode)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: s.pattern('staff.inbox.count', {}, { exact: true }) })).toBeVisible();
});

test('coming back to the inbox shows what arrived meanwhile', async ({ page, request, baseURL }) => {
  const first = await sendReferral(request, baseURL!, argyleService.id);
  await signInQuietly(page, baseURL!, argyleStaff);
  await openReferral(page, first.referenceCode);

  const arrived = await sendReferral(request, baseURL!, argyleService.id);
  await page.getByRole('link', { name: s.t('staff.referral.back') }).click();
  await expect(referralLink(page, s, arrived.referenceCode)).toBeVisible();
});

test('a withdrawn referral says the person’s details were erased', async ({ page, request, baseURL }) => {
  const sent = await sendReferral(request, baseURL!, argyleService.id, { name: 'Samir Aziz' });
  const withdrawn = await request.post(`/api/referrals/status/${sent.statusToken}/withdraw`, { headers: { Origin: baseURL! }, data: {} });
  expect(withdrawn.status(), await withdrawn.text()).toBe(200);
  await signInQuietly(page, baseURL!, argyleStaff);
  await openReferral(page, sent.referenceCode);

  await expect(page.getByText(s.t('staff.person.erasedWithdrawn'))).toBeVisible();
  await expect(page.getByText('Samir Aziz')).toHaveCount(0);
  await expect(page.getByText(s.t('staff.history.reason', { reason: s.t('staff.reason.withdrawn') }))).toBeVisible();
  await expect(page.getByText(s.t('staff.referral.closed'))).toBeVisible();
});

test('a referral shows the person, how to reach them, their request and consent', async ({ page, request, baseURL }) => {
  const sent = await sendReferral(request, baseURL!, argyleService.id, { name: 'Layla Mansour' });
  await signInQuietly(page, baseURL!, argyleStaff);
  await openReferral(page, sent.referenceCode);

  await expect(page.getByText('Layla Mansour')).toBeVisible();
  await expect(page.getByRole('link', { name: `${s.t('staff.person.call')} 519-555-0142` })).toHaveAttribute('href', 'tel:5195550142');
  await expect(page.getByRole('link', { name: `${s.t('staff.person.email')} amira@example.org` })).toHaveAttribute('href', 'mailto:amira@example.org');
  await expect(page.getByText('Mornings are best.')).toBeVisible();
  const consent = page.getByRole('region', { name: s.t('staff.consent.title') });
  await expect(consent).toContainText(s.t('staff.consent.health'));
  await expect(consent).toContainText(s.t('staff.consent.forward'));
  await expect(page.getByRole('heading', { level: 2, name: s.t('staff.history.title') })).toBeVisible();
  await expect(page.getByText(s.t('staff.history.created', { status: s.t('staff.status.requested') }))).toBeVisible();
});

test('accepting a referral moves it on and says so', async ({ page, request, baseURL }) => {
  const sent = await sendReferral(request, baseURL!, argyleService.id);
  await signInQuietly(page, baseURL!, argyleStaff);
  await openReferral(page, sent.referenceCode);

  await page.getByRole('button', { name: s.t('staff.actions.move.accepted'), exact: true }).click();
  await expect(outcome(page, s.t('staff.actions.done', { status: s.t('staff.status.accepted') }))).toBeVisible();
  await expect(statusLine(page)).toContainText(s.t('staff.status.accepted'));
  await expect(page.getByText(s.t('staff.history.moved', { from: s.t('staff.status.requested'), to: s.t('staff.status.accepted') }))).toBeVisible();
  await expect(page.getByText(s.t('staff.history.byYou'))).toBeVisible();
  // Accepted, the next steps are starting work or closing it; accepting again is no longer offered.
  await expect(page.getByRole('button', { name: s.t('staff.actions.move.in-progress') })).toBeVisible();
  await expect(page.getByRole('button', { name: s.t('staff.actions.move.accepted'), exact: true })).toHaveCount(0);
});

test('rejecting asks for confirmation and a reason, then closes the referral', async ({ page, request, baseURL }) => {
  const sent = await sendReferral(request, baseURL!, argyleService.id);
  await signInQuietly(page, baseURL!, argyleStaff);
  await openReferral(page, sent.referenceCode);

  await page.getByRole('button', { name: s.t('staff.actions.move.rejected'), exact: true }).click();
  const confirm = page.getByRole('group', { name: s.t('staff.actions.confirmTitle.rejected') });
  await expect(confirm).toContainText(s.t('staff.actions.cannotUndo'));
  await confirm.getByRole('button', { name: s.t('staff.actions.confirm.rejected') }).click();
  const reason = confirm.getByLabel(s.t('staff.actions.reason'));
  await expect(confirm.getByText(s.t('staff.actions.reasonRequired'))).toBeVisible();
  await expect(reason).toBeFocused();
  await expect(statusLine(page)).toContainText(s.t('staff.status.requested'));

  await reason.selectOption({ label: s.t('staff.reason.no_capacity') });
  await confirm.getByRole('button', { name: s.t('staff.actions.confirm.rejected') }).click();
  await expect(outcome(page, s.t('staff.actions.done', { status: s.t('staff.status.rejected') }))).toBeVisible();
  await expect(page.getByText(s.t('staff.history.reason', { reason: s.t('staff.reason.no_capacity') }))).toBeVisible();
  await expect(page.getByText(s.t('staff.referral.closed'))).toBeVisible();
  await expect(page.getByRole('heading', { name: s.t('staff.actions.title') })).toHaveCount(0);
});

test('passing a referral on to another organization: it leaves this inbox, says where it went, and reaches them', async ({ page, browser, request, baseURL }) => {
  const sent = await sendReferral(request, baseURL!, argyleService.id);
  const target = servicesOf(HAMILTON_ROAD).at(-1)!;
  await signInQuietly(page, baseURL!, argyleStaff);
  await openReferral(page, sent.referenceCode);

  await page.getByRole('button', { name: s.t('staff.forward.open') }).click();
  // Several organizations run a service of that name: typing the organization's name too narrows the list.
  const choices = page.getByRole('radio', { name: new RegExp(`^${escapeRegExp(target.name)} · `) });
  await page.getByRole('searchbox', { name: s.t('staff.forward.search') }).fill(target.name);
  const sameName = await choices.count();
  await page.getByRole('searchbox', { name: s.t('staff.forward.search') }).fill(`${target.name} ${organizationName(HAMILTON_ROAD)}`);
  await expect.poll(() => choices.count()).toBeLessThan(sameName);
  await page.getByRole('radio', { name: `${target.name} · ${organizationName(HAMILTON_ROAD)}` }).check();
  await page.getByLabel(s.t('staff.forward.note')).fill('Housing comes first for them.');
  await page.getByRole('button', { name: s.t('staff.forward.submit') }).click();
  // The person's form did not allow passing it on: staff must say they asked again.
  await expect(page.getByText(s.t('staff.forward.consentRequired'))).toBeVisible();
  await page.getByRole('checkbox', { name: s.t('staff.forward.consentReasked') }).check();
  await page.getByRole('button', { name: s.t('staff.forward.submit') }).click();
  await page.getByRole('group', { name: s.t('staff.forward.confirmTitle', { service: target.name }) }).getByRole('button', { name: s.t('staff.forward.confirm') }).click();

  await expect(outcome(page, s.t('staff.forward.done', { service: target.name }))).toBeVisible();
  const whereItWent = page.getByText(s.t('staff.referral.forwardedTo', { service: target.name, organization: organizationName(HAMILTON_ROAD) }));
  await expect(whereItWent).toBeVisible();
  const newCode = forwardedCode(await whereItWent.innerText());
  expect(newCode, 'the new reference code and its state at the other service').toBeTruthy();
  await expect(page.getByRole('region', { name: s.t('staff.history.title') })).toContainText('Housing comes first for them.');

  await openInbox(page, s, '?status=requested');
  await expect(referralLink(page, s, sent.referenceCode)).toHaveCount(0);

  const otherStaff = await browser.newContext({ locale: 'en-CA', serviceWorkers: 'block' });
  const theirPage = await otherStaff.newPage();
  await theirPage.goto('/sign-in');
  await signInOnPage(theirPage, s, hamiltonRoadStaff);
  await referralLink(theirPage, s, newCode!).click();
  await expect(theirPage.getByText(s.t('staff.referral.forwardedHere'))).toBeVisible();
  // The person's details travel with it, and its history says consent was asked again.
  await expect(theirPage.getByRole('region', { name: s.t('staff.person.title') })).toContainText('Amira Haddad');
  await expect(theirPage.getByText(s.t('staff.history.reason', { reason: s.t('staff.reason.consent_reasked') }))).toBeVisible();
  await otherStaff.close();
});

test('a note typed when the session ended is still there after signing in again', async ({ page, request, baseURL }) => {
  const sent = await sendReferral(request, baseURL!, argyleService.id);
  await signInQuietly(page, baseURL!, argyleStaff);
  await openReferral(page, sent.referenceCode);

  await page.getByLabel(s.t('staff.actions.note')).fill('Called twice, no answer yet.');
  await page.context().clearCookies();
  await page.getByRole('button', { name: s.t('staff.actions.move.accepted'), exact: true }).click();

  await expect(page).toHaveURL(/\/sign-in\?next=%2Finbox%2F/);
  await signInOnPage(page, s, argyleStaff);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('staff.referral.code', { code: sent.referenceCode }));
  await expect(page.getByLabel(s.t('staff.actions.note'))).toHaveValue('Called twice, no answer yet.');
});

test('with no connection, staff pages say they need the internet, and work again once it is back', async ({ page, context, request, baseURL }) => {
  const [seen, unseen] = [await sendReferral(request, baseURL!, argyleService.id), await sendReferral(request, baseURL!, argyleService.id)];
  await signInQuietly(page, baseURL!, argyleStaff);
  await openReferral(page, seen.referenceCode);
  await page.getByRole('link', { name: s.t('staff.referral.back') }).click();
  await expect(referralLink(page, s, unseen.referenceCode)).toBeVisible();

  await context.setOffline(true);
  await referralLink(page, s, unseen.referenceCode).click();
  await expect(page.getByRole('alert')).toContainText(s.t('staff.problem.offline'));
  await expect(page.getByText(s.t('staff.offline'))).toBeVisible();

  // A page whose code was never fetched says so too, rather than doing nothing.
  await page.getByRole('navigation', { name: s.t('staff.menu.label') }).getByRole('link', { name: s.t('staff.menu.account') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('app.pageLoadFailedTitle'));
  await page.goBack();
  await expect(page.getByRole('alert')).toContainText(s.t('staff.problem.offline'));

  await context.setOffline(false);
  await page.getByRole('button', { name: s.t('app.retry') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('staff.referral.code', { code: unseen.referenceCode }));
  await expect(page.getByRole('region', { name: s.t('staff.person.title') })).toContainText('Amira Haddad');
});
