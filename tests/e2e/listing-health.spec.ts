/**
 * The LIP's counts about its listings on the coordination dashboard: one row per organization
 * with the services newcomers can see, the period in the column that counts the unconfirmed
 * ones, the region's totals, and the same table as a CSV file.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { strings } from '../helpers/strings.ts';
import { ARGYLE, coordinator, organizationName, signInQuietly } from './staff-support.ts';

test.use({ serviceWorkers: 'block', locale: 'en-CA' });
const s = strings('en');
const demo = JSON.parse(readFileSync(new URL('../../data/demo/london-middlesex.json', import.meta.url), 'utf8')) as {
  services: { organization_id: string; status: string }[];
};
const listedServicesOf = (organizationId: string) =>
  demo.services.filter((service) => service.organization_id === organizationId && (service.status === 'active' || service.status === 'temporarily closed')).length;

test('a coordinator sees each organization\'s listed and unconfirmed services and downloads them as CSV', async ({ page, baseURL }) => {
  await signInQuietly(page, baseURL!, coordinator);
  await page.goto('/dashboard');
  const table = page.getByRole('table', { name: s.t('dashboard.listingHealth.caption') });
  // The demo server writes its sample history at start, which can hold the first answers up for a while.
  await expect(table).toBeVisible({ timeout: 20_000 });
  await expect(table.getByRole('columnheader', { name: s.t('dashboard.listingHealth.column.staleServices', { days: 180 }) })).toBeVisible();

  const argyle = table.getByRole('row').filter({ has: page.getByRole('link', { name: organizationName(ARGYLE), exact: true }) });
  await expect(argyle.getByRole('cell').first()).toHaveText(String(listedServicesOf(ARGYLE)));
  await expect(argyle.getByRole('link')).toHaveAttribute('href', `/listings/${ARGYLE}`);
  await expect(table.getByRole('rowheader', { name: s.t('dashboard.total') })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: s.t('dashboard.downloadCsv', { table: s.t('dashboard.listingHealth.caption') }) }).click();
  const lines = (await readFile((await (await download).path())!, 'utf8')).split('\r\n');
  expect(lines[0]).toBe('organization,name,services,staleServices,openReports,resolvedReports,ratings,averageRating');
  expect(lines.find((line) => line.startsWith(`${ARGYLE},`))).toContain(`,${listedServicesOf(ARGYLE)},`);
});
