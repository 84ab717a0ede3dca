/**
 * The HSDS exchange as an administrator uses it: download the datapackage, pick a file with a
 * bad row and see the problem named by table, row and field (nothing imported), then pick a good
 * file, see what it would change, and import it.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../helpers/axe.ts';
import { strings } from '../helpers/strings.ts';
import { admin, signInQuietly } from './staff-support.ts';

test.use({ serviceWorkers: 'block' });
const REGION = 'london-middlesex';

type HsdsDocument = { organizations: Array<{ id: string }>; services: Array<Record<string, unknown> & { id: string; organization_id: string }> };


/** The region's export, with one service of the last organization (no other spec uses it) changed. */
async function changedExport(page: Page, change: (service: Record<string, unknown>) => void): Promise<Buffer> {
  const document = (await (await page.request.get(`/api/exchange/${REGION}/hsds.json`)).json()) as HsdsDocument;
  const last = document.organizations.at(-1)!.id;
  change(document.services.find((service) => service.organization_id === last)!);
  return Buffer.from(JSON.stringify(document));
}

test('an administrator downloads the region as a datapackage', async ({ page, baseURL }) => {
  const s = strings('en');
  await page.goto('/');
  await signInQuietly(page, baseURL!, admin);
  await page.goto('/exchange');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('exchange.title'));
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: s.t('exchange.export.zip') }).click();
  const file = await (await download).path();
  const entries = unzipSync(new Uint8Array(await readFile(file)));
  expect(Object.keys(entries)).toEqual(expect.arrayContaining(['datapackage.json', 'organizations.csv', 'services.csv', 'locations.csv']));
  const descriptor = JSON.parse(new TextDecoder().decode(entries['datapackage.json'])) as { hsds_version: string };
  expect(descriptor.hsds_version).toBe('3.0');
  await expectNoAxeViolations(page);
});

for (const lang of ['en', 'fr'] as const) {
  test(`a file with a bad row is refused with the row and field named, nothing imported [${lang}]`, async ({ page, baseURL }) => {
    const s = strings(lang);
    await page.addInitScript((code) => localStorage.setItem('guichet.language', code), lang);
    await page.goto('/');
    await signInQuietly(page, baseURL!, admin);
    await page.goto('/exchange');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('exchange.title'));
    const broken = await changedExport(page, (service) => {
      service.status = 'open';
    });
    await page.getByLabel(s.t('exchange.import.file')).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: broken });
    await expect(page.getByRole('alert').filter({ hasText: s.t('exchange.preview.refused', { count: 1 }) })).toBeVisible();
    const problems = page.getByRole('table', { name: s.t('exchange.preview.errorsCaption') });
    const row = problems.getByRole('row').nth(1);
    await expect(row.getByRole('cell').nth(0)).toHaveText('service');
    await expect(row.getByRole('cell').nth(2)).toHaveText('status');
    await expect(row.getByRole('cell').nth(3)).toHaveText(s.pattern('exchange.problem.oneOf', { values: 'active, inactive, defunct, temporarily closed', got: '"open"' }));
    await expect(page.getByRole('button', { name: s.t('exchange.import.start'), exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}

test('a good file shows what it changes, and is imported after confirming', async ({ page, baseURL }) => {
  const s = strings('en');
  await page.goto('/');
  await signInQuietly(page, baseURL!, admin);
  await page.goto('/exchange');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.t('exchange.title'));
  const good = await changedExport(page, (service) => {
    service.alert = `Exchange check ${Date.now()}`;
  });
  const document = JSON.parse(good.toString()) as HsdsDocument;
  await page.getByLabel(s.t('exchange.import.file')).setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: good });
  const changes = page.getByTestId('exchange-changes');
  await expect(changes).toContainText(`${s.t('exchange.preview.updated')}1`);
  await expect(changes).toContainText(`${s.t('exchange.preview.unchanged')}${document.organizations.length - 1}`);
  await page.getByRole('button', { name: s.t('exchange.import.start'), exact: true }).click();
  await page.getByRole('button', { name: s.t('exchange.import.confirm') }).click();
  await expect(page.getByRole('status').filter({ hasText: s.t('exchange.import.done', { created: 0, updated: 1, unchanged: document.organizations.length - 1, withdrawn: 0 }) })).toBeVisible();
  // The file's organizations are the region's: importing it again changes nothing.
  await page.getByLabel(s.t('exchange.import.file')).setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: good });
  await expect(page.getByText(s.t('exchange.preview.nothingChanges'))).toBeVisible();
});
