/**
 * The attack the small-count rule must withstand, played for real against the HTTP API: a
 * coordinator asks for 1,200 random views and selections, keeps every figure, and tries to work
 * out any hidden one. Each figure is a sum over "atoms" (every combination of the attributes the
 * attacked views describe, whether or not a referral has it, since the reader does not know);
 * a published zero tells the reader each atom under it is empty. A hidden figure falls when:
 *
 * - the same figure is shown elsewhere;
 * - its sum is a linear combination of shown ones (differences of totals, a total minus its
 *   shown cells, any longer chain), checked exactly by Gaussian elimination;
 * - a total minus its shown cells forces its hidden cells, all "under 10", to be all 1s or all 9s;
 *
 * and it fails at once if any count from 1 to 9 is shown.
 *
 * Attributes are attacked in groups small enough to enumerate (a year's weeks with organization,
 * language and category; each other attribute with those three), each with the views that
 * describe them.
 */
import { beforeAll, expect, it } from 'vitest';
import { isSuppressed, viewSelections, type DashboardTable, type DashboardView, type DashboardViewResponse, type SelectionDimension } from '../../shared/dashboard/dashboard-contract.ts';
import { monthOfWeek, weekOf } from '../../shared/dashboard/fiscal-calendar.ts';
import { LinearDisclosureAudit } from '../../shared/dashboard/suppression/linear-disclosure-audit.ts';
import { createRandom, type Random } from '../../cli/generate/random.ts';
import type { TestBrowser } from '../auth/test-support.ts';
import { describeOnEngines } from '../db/test-engines.ts';
import { createDashboardTestApp, insertReferralGroup, ORG_A, ORG_B, ORG_C, REGION_X, seedRegionsAndOrganizations, signedInBrowser, type ReferralGroup } from './test-fixtures.ts';

const ORG_D = 'org-dash-d';
const organizations = [ORG_A, ORG_B, ORG_C, ORG_D];
const languages = ['ar', 'es', 'uk', 'fa'];
const categories = ['language-classes', 'employment', 'housing'];
const fsas = ['N6A', 'N5Y', 'N6B', 'N6C', null];
const stages = ['open', 'accepted', 'completed', 'rejected:no_capacity', 'rejected:not_eligible'] as const;
const weeks = ['2025-04-07', '2025-04-28', '2025-05-19', '2025-06-09', '2025-06-30', '2025-07-21', '2025-08-11', '2025-09-01', '2025-09-22', '2025-10-13', '2025-11-03', '2025-12-01', '2026-01-12', '2026-02-09'];

/** What a referral is, to the attacked views. */
interface Fact {
  week: string;
  organization: string;
  language: string;
  category: string;
  source: string;
  hop: string;
  fsa: string | null;
  from: string | null;
  stage: (typeof stages)[number];
}

const weighted = <T>(random: Random, items: readonly T[], weights: readonly number[]): T => {
  let roll = random.next() * weights.reduce((sum, weight) => sum + weight, 0);
  for (const [index, item] of items.entries()) if ((roll -= weights[index]!) < 0) return item;
  return items.at(-1)!;
};

/** 300 referrals and 15 forwards, skewed so that many cells are small. */
async function plantReferrals(insert: (group: ReferralGroup) => Promise<string[]>, random: Random): Promise<Fact[]> {
  const facts: Fact[] = [];
  for (let index = 0; index < 300; index += 1) {
    const week = random.pick(weeks);
    const organization = weighted(random, organizations, [45, 30, 15, 10]);
    const agency = random.chance(0.25);
    const from = agency ? random.pick(organizations.filter((other) => other !== organization)) : null;
    const forwarded = index < 15;
    const stage = forwarded ? 'open' : weighted(random, stages, [25, 25, 30, 12, 8]);
    const fact: Fact = {
      week,
      organization,
      language: weighted(random, languages, [40, 30, 20, 10]),
      category: weighted(random, categories, [50, 30, 20]),
      source: agency ? 'agency' : 'self',
      hop: '1',
      fsa: weighted(random, fsas, [40, 30, 15, 10, 5]),
      from,
      stage,
    };
    const outcome: ReferralGroup['outcome'] = forwarded ? 'forwarded' : stage === 'open' ? 'waiting' : stage.startsWith('rejected') ? 'rejected' : (stage as 'accepted' | 'completed');
    const createdAt = `${week}T${String(10 + random.int(0, 8)).padStart(2, '0')}:00:00.000Z`;
    const common = { count: 1, language: fact.language, category: fact.category, source: fact.source as 'self' | 'agency', fsa: fact.fsa, createdAt };
    const [id] = await insert({
      ...common,
      organizationId: organization,
      referringOrganizationId: from,
      outcome,
      ...(stage.startsWith('rejected') && { rejectReason: stage.slice('rejected:'.length) }),
      ...(outcome !== 'waiting' && { responseHours: 1 + random.int(0, 100) }),
    });
    facts.push(fact);
    if (forwarded) {
      const next = random.pick(organizations.filter((other) => other !== organization));
      await insert({ ...common, organizationId: next, referringOrganizationId: fact.from, outcome: 'accepted', responseHours: 2, forwardedFromIds: [id!] });
      facts.push({ ...fact, organization: next, hop: '2', from: organization, stage: 'accepted' });
    }
  }
  return facts;
}

type Attribute = 'week' | 'organization' | 'language' | 'category' | 'source' | 'hop' | 'fsa' | 'from' | 'stage';
type Atom = Partial<Record<Attribute, string | null>>;

interface AttackGroup {
  attributes: Attribute[];
  /** A random request of the views that describe these attributes. */
  request(random: Random): string;
}

const core: Attribute[] = ['organization', 'language', 'category'];
const selectionValues: Record<SelectionDimension, readonly string[]> = { organization: organizations, language: languages, category: categories };

function randomSelection(random: Random, view: DashboardView, among: readonly Attribute[] = core): string {
  const allowed = viewSelections[view].filter((dimension) => among.includes(dimension));
  if (allowed.length === 0 || random.chance(0.3)) return '';
  const dimension = random.pick(allowed);
  return `&${dimension}=${random.pick(selectionValues[dimension])}`;
}

const breakdown = (random: Random, bys: readonly Attribute[]) => `breakdown?year=2025&by=${random.pick(bys)}${randomSelection(random, 'breakdown', bys)}`;

const groups: AttackGroup[] = [
  {
    attributes: ['week', ...core],
    request: (random) =>
      random.chance(0.5)
        ? random.chance(0.3)
          ? 'volume?year=2025&interval=week'
          : `volume?year=2025&interval=month${randomSelection(random, 'volume')}`
        : breakdown(random, core),
  },
  { attributes: [...core, 'source'], request: (random) => breakdown(random, [...core, 'source']) },
  { attributes: [...core, 'hop'], request: (random) => (random.chance(0.5) ? `forwarding?year=2025${randomSelection(random, 'forwarding')}` : breakdown(random, core)) },
  { attributes: [...core, 'fsa'], request: (random) => (random.chance(0.5) ? `coverage?year=2025${randomSelection(random, 'coverage')}` : breakdown(random, core)) },
  { attributes: [...core, 'stage'], request: (random) => (random.chance(0.5) ? `outcomes?year=2025${randomSelection(random, 'outcomes')}` : breakdown(random, core)) },
  { attributes: ['from', 'organization', 'language'], request: (random) => (random.chance(0.5) ? `flows?year=2025${randomSelection(random, 'flows')}` : breakdown(random, ['organization', 'language'])) },
];

const domains: Record<Attribute, readonly (string | null)[]> = {
  week: weeks,
  organization: organizations,
  language: languages,
  category: categories,
  source: ['self', 'agency'],
  hop: ['1', '2'],
  fsa: fsas,
  from: [...organizations, null],
  stage: [...stages],
};

function atomsOf(attributes: readonly Attribute[]): Atom[] {
  return attributes.reduce<Atom[]>((atoms, attribute) => atoms.flatMap((atom) => domains[attribute].map((value) => ({ ...atom, [attribute]: value }))), [{}]);
}

type Predicate = (atom: Atom) => boolean;

/** What each shown cell counts, from the view's documentation; null for cells that are not counts of referrals. */
function cellPredicate(view: string, table: DashboardTable, rowKey: string | null, column: string, selection: [string, string] | null): Predicate | null {
  const selected: Predicate = selection ? (atom) => atom[selection[0] as Attribute] === selection[1] : () => true;
  const and = (predicate: Predicate): Predicate => (atom) => selected(atom) && predicate(atom);
  const all = () => true;
  if (view === 'flows') {
    const to = table.id === 'flows-from-organization' ? rowKey : table.id === 'flows-into-organization' ? selection![1] : column === 'total' ? null : column;
    const from = table.id === 'flows-from-organization' ? selection![1] : table.id === 'flows-into-organization' ? rowKey : rowKey;
    return (atom) => (from === null ? atom.from !== null : atom.from === from) && (to === null || atom.organization === to);
  }
  if (table.id === 'referrals-by-month') return and(rowKey === null ? all : (atom) => monthOfWeek(atom.week!) === rowKey);
  if (table.id === 'referrals-by-week') return and(rowKey === null ? all : (atom) => atom.week === rowKey);
  const byMatch = /^referrals-by-(organization|language|category|source|hop)$/.exec(table.id);
  if (byMatch) return and(rowKey === null ? all : (atom) => atom[byMatch[1] as Attribute] === rowKey);
  if (table.id === 'requests-passed-on') return column === 'requests' ? and((atom) => atom.hop === '1') : null;
  if (table.id === 'coverage-by-fsa') return column === 'referrals' ? and(rowKey === null ? all : (atom) => atom.fsa === (rowKey === 'unknown' ? null : rowKey)) : null;
  if (table.id === 'funnel' && column === 'referrals') {
    return and(rowKey === 'requested' ? all : rowKey === 'accepted' ? (atom) => atom.stage === 'accepted' || atom.stage === 'completed' : (atom) => atom.stage === 'completed');
  }
  if (table.id === 'rejection-reasons') return and(rowKey === null ? (atom) => atom.stage!.startsWith('rejected') : (atom) => atom.stage === `rejected:${rowKey}`);
  return null;
}

interface Collected {
  atoms: number[];
  shown: boolean;
  /** Shown as 0: each of its atoms is empty, which the reader learns one by one. */
  zero: boolean;
  hidden: boolean;
  label: string;
}

function collectFigures(response: DashboardViewResponse, atoms: readonly Atom[], into: Map<string, Collected>, lines: { hidden: number; sum: number; allUnder10: boolean; label: string }[]) {
  const selection: [string, string] | null = response.selection ? [response.selection.dimension, response.selection.value] : null;
  for (const table of response.tables) {
    table.columns.forEach((column, columnIndex) => {
      if (column.unit !== 'count') return;
      const cells = [...table.rows.map((row) => ({ key: row.key as string | null, value: row.values[columnIndex]! })), ...(table.totals ? [{ key: null, value: table.totals[columnIndex]! }] : [])];
      for (const { key, value } of cells) {
        if (value === null) continue;
        if (typeof value === 'number') expect(value >= 1 && value <= 9, `a count under 10 shown: ${table.id} ${key} = ${value}`).toBe(false);
        const predicate = cellPredicate(response.view, table, key, column.key, selection);
        if (!predicate) continue;
        const matching = atoms.flatMap((atom, index) => (predicate(atom) ? [index] : []));
        const id = matching.join(',');
        const entry = into.get(id) ?? { atoms: matching, shown: false, zero: false, hidden: false, label: `${response.view} ${table.id} ${key ?? 'total'} ${column.key} ${selection?.join('=') ?? ''}` };
        // A count of referrals over no atom would mean this test's model of the view is wrong.
        if (matching.length === 0) expect(value, entry.label).toBe(0);
        if (isSuppressed(value)) entry.hidden = true;
        else {
          entry.shown = true;
          entry.zero = value === 0;
        }
        into.set(id, entry);
      }
      // One-way tables add up to their total: the reader's bound attack on each.
      const total = table.totals?.[columnIndex];
      if (table.rows.length > 1 && typeof total === 'number' && /^referrals-by-(month|week|organization|language|category|source|hop)$|^rejection-reasons$|^coverage-by-fsa$/.test(table.id)) {
        const values = table.rows.map((row) => row.values[columnIndex]!);
        const hidden = values.filter(isSuppressed);
        if (hidden.length === 0) return;
        const shownSum = values.reduce<number>((sum, value) => sum + (typeof value === 'number' ? value : 0), 0);
        lines.push({ hidden: hidden.length, sum: total - shownSum, allUnder10: hidden.every((value) => value.suppressed === 'under-10'), label: `${response.view} ${table.id} ${selection?.join('=') ?? ''}` });
      }
    });
  }
}

describeOnEngines('suppression under attack', ({ db, database }) => {
  let coordinator: TestBrowser;

  beforeAll(async () => {
    await seedRegionsAndOrganizations(db());
    await db().insertInto('organizations').values({ id: ORG_D, region_id: REGION_X, name: 'Dundas Test Centre', intake_email: null, created_at: '2025-01-01T00:00:00.000Z' }).execute();
    const facts = await plantReferrals((group) => insertReferralGroup(db(), group), createRandom(2026));
    expect(facts.every((fact) => weekOf(fact.week) === fact.week)).toBe(true);
    coordinator = await signedInBrowser(createDashboardTestApp(database()), db(), 'coordinator');
  }, 120_000);

  it('discloses no hidden figure to a reader of 1,200 random views', async () => {
    const random = createRandom(7);
    let requests = 0;
    let hiddenChecked = 0;
    for (const group of groups) {
      const atoms = atomsOf(group.attributes);
      const figures = new Map<string, Collected>();
      const lines: { hidden: number; sum: number; allUnder10: boolean; label: string }[] = [];
      for (let round = 0; round < 200; round += 1) {
        const path = group.request(random);
        const response = await coordinator.request(`/api/dashboard/regions/${REGION_X}/${path}`);
        expect(response.status, path).toBe(200);
        collectFigures((await response.json()) as DashboardViewResponse, atoms, figures, lines);
        requests += 1;
      }
      const audit = new LinearDisclosureAudit(atoms.length);
      for (const figure of figures.values()) {
        expect(figure.shown && figure.hidden, `shown in one view, hidden in another: ${figure.label}`).toBe(false);
        if (!figure.shown) continue;
        if (figure.zero) for (const atom of figure.atoms) audit.learn([atom]);
        else audit.learn(figure.atoms);
      }
      for (const figure of figures.values()) {
        if (!figure.hidden) continue;
        expect(audit.discloses(figure.atoms), `worked out: ${figure.label}`).toBe(false);
        hiddenChecked += 1;
      }
      for (const line of lines) {
        if (line.allUnder10) expect(line.sum === line.hidden || line.sum === 9 * line.hidden, `forced by its total: ${line.label}`).toBe(false);
      }
    }
    expect(requests).toBeGreaterThanOrEqual(1000);
    expect(hiddenChecked).toBeGreaterThan(100);
  }, 300_000);
});
