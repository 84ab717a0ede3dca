/**
 * One language's strings as the app holds them once every page has loaded: `common.json` and
 * each pack (`referral.json`, `staff.json`) merged, as i18n.ts merges them into one namespace.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface StringTree {
  [key: string]: string | StringTree;
}

const localesDir = new URL('../../locales/', import.meta.url);

/** The files of a language folder: `common.json` first, then the packs. */
export const localeFiles = (code: string): string[] =>
  readdirSync(new URL(`${code}/`, localesDir))
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => Number(b === 'common.json') - Number(a === 'common.json') || a.localeCompare(b));

function mergeInto(target: StringTree, source: StringTree, where: string): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'object' && typeof existing === 'object') mergeInto(existing, value, `${where}.${key}`);
    // Two files giving the same string would leave which one shows to load order.
    else if (existing !== undefined) throw new Error(`${where}.${key} is in two files`);
    else target[key] = value;
  }
}

export function readLocale(code: string): StringTree {
  const merged: StringTree = {};
  for (const file of localeFiles(code)) {
    mergeInto(merged, JSON.parse(readFileSync(new URL(`${code}/${file}`, localesDir), 'utf8')) as StringTree, `locales/${code}/${file}`);
  }
  return merged;
}
