/**
 * One site of IRCC's "Find free newcomer services near you" data file, as read from the file:
 * every text in English and French, service flags as "yes"/"no"/"", coordinates as strings.
 * Also the small readers for its fields (province, telephone, coordinates).
 */
import { z } from 'zod';
import { LiteralSyntaxError, readDeclaredArray } from './js-literal.ts';
import type { ImportReport, RowOrigin } from './report.ts';
import { validateRecord } from './validate.ts';

const requiredText = z.string().trim().min(1, 'is required');
const requiredBilingual = z.object({ en: requiredText, fr: z.string().trim().optional() });
const optionalBilingual = z.object({ en: z.string().trim().optional(), fr: z.string().trim().optional() }).optional();
const coordinate = z.union([z.string(), z.number()]).optional();

export const irccSiteSchema = z.object({
  Type: requiredBilingual,
  Address: requiredBilingual,
  City: requiredBilingual,
  Province: requiredBilingual,
  Postal: requiredBilingual,
  Website: optionalBilingual,
  Telephone: optionalBilingual,
  Email: optionalBilingual,
  Note: optionalBilingual,
  Services: z.record(z.string(), z.string()),
  Coordinates: z.object({ Longitude: coordinate, Latitude: coordinate }).optional(),
});

export type IrccSite = z.output<typeof irccSiteSchema>;
export type BilingualText = { en?: string | undefined; fr?: string | undefined } | undefined;

export interface ReadSite {
  origin: RowOrigin;
  site: IrccSite;
}

/** The variable the IRCC tool's file declares its sites in. */
const SITES_VARIABLE = 'ServicesData';

/**
 * The file's sites that have the expected shape. Malformed files and rows are reported; a
 * malformed file yields no sites at all.
 */
export function readIrccSites(source: string, file: string, report: ImportReport): ReadSite[] {
  let items;
  try {
    items = readDeclaredArray(source, SITES_VARIABLE);
  } catch (error) {
    if (error instanceof LiteralSyntaxError) report.syntaxError(file, { line: error.line, column: error.column }, error.reason);
    else report.error({ file, row: null }, null, (error as Error).message);
    return [];
  }
  const sites: ReadSite[] = [];
  items.forEach((item, index) => {
    const origin = { file, row: index + 1 };
    const site = validateRecord(irccSiteSchema, item, origin, report);
    if (site) sites.push({ origin, site });
    else report.skip(origin, describeRawSite(item), 'invalid row');
  });
  return sites;
}

function describeRawSite(item: unknown): string {
  const type = (item as { Type?: { en?: unknown } } | null)?.Type?.en;
  return typeof type === 'string' && type.trim() ? `site "${type.trim()}"` : 'site';
}

/** Empty strings in the file mean "no value". */
export function presentText(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

const PROVINCE_CODES: Record<string, string> = {
  alberta: 'AB',
  'british columbia': 'BC', 'colombie britannique': 'BC',
  manitoba: 'MB',
  'new brunswick': 'NB', 'nouveau brunswick': 'NB',
  'newfoundland and labrador': 'NL', 'terre neuve et labrador': 'NL',
  'nova scotia': 'NS', 'nouvelle ecosse': 'NS',
  ontario: 'ON',
  'prince edward island': 'PE', 'ile du prince edouard': 'PE',
  quebec: 'QC',
  saskatchewan: 'SK',
  'northwest territories': 'NT', 'territoires du nord ouest': 'NT',
  nunavut: 'NU',
  yukon: 'YT',
};
const CODES = new Set(Object.values(PROVINCE_CODES));

/** `ON` for "Ontario", "ontario" or "ON"; `null` for anything that is not a province or territory. */
export function provinceCode(name: string): string | null {
  const key = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]+/g, ' ').trim();
  if (CODES.has(key.toUpperCase())) return key.toUpperCase();
  return PROVINCE_CODES[key] ?? null;
}

const EXTENSION = /^(.*?)[\s,]*(?:ext\.?|extension|poste|x)\s*(\d+)\s*$/i;

/** "519-645-7553 ext. 1" → number "519-645-7553", extension "1". */
export function splitTelephone(text: string): { number: string; extension?: string } {
  const match = EXTENSION.exec(text);
  return match?.[1] ? { number: match[1], extension: match[2]! } : { number: text };
}

const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)$/;

/** The file writes coordinates as strings ("-81.2307"); a number is accepted too. */
export function parseCoordinate(value: string | number | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = value?.trim() ?? '';
  return DECIMAL.test(text) ? Number(text) : null;
}
