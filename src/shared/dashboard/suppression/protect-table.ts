/**
 * Protection of a two-way table (referrals by language and organization) whose margins come
 * from the one-way lines, already protected (protect-line.ts): the margins keep the status they
 * have there, because the same figure is published in both places and must be hidden in both or
 * shown in both. Within the table, small cells are hidden and then, until nothing changes:
 *
 * 1. Margins hidden in their line are joined here, two by two, through hidden cells: a reader
 *    shifting 1 between two hidden margins of the line must be able to shift it through this
 *    table as well, or the table would show which way it went.
 * 2. No hidden figure is a bridge (table-graph.ts): each lies on a cycle of hidden figures.
 * 3. No row or column, with its margin, pins a hidden figure to one value (line-intervals.ts).
 *
 * Each fix hides the cheapest path or cell (companions.ts).
 */
import { isHidden, primaryStatus, type CellStatus, type Counted } from './cell-status.ts';
import { cheapestShown, hidingCost } from './companions.ts';
import { pinnedTerms, type LineTerm } from './line-intervals.ts';
import { cheapestPath, connected, findBridges, type GraphEdge } from './table-graph.ts';

export interface TableMargins {
  rows: readonly Counted[];
  columns: readonly Counted[];
  total: Counted;
}

interface TableEdge extends GraphEdge {
  /** The interior cell the edge stands for; null for a margin or the total. */
  cell: readonly [number, number] | null;
}

class TableProtection {
  readonly statuses: CellStatus[][];
  readonly #rows: number;
  readonly #columns: number;
  /** The vertex of the margins' own row (column totals) and column (row totals). */
  readonly #columnTotals: number;
  readonly #rowTotals: number;

  constructor(
    readonly counts: readonly (readonly number[])[],
    readonly margins: TableMargins,
  ) {
    this.#rows = counts.length;
    this.#columns = margins.columns.length;
    this.#columnTotals = this.#rows + this.#columns;
    this.#rowTotals = this.#columnTotals + 1;
    this.statuses = counts.map((row) => row.map(primaryStatus));
  }

  get vertexCount() {
    return this.#rowTotals + 1;
  }

  rowVertex = (row: number) => row;
  columnVertex = (column: number) => this.#rows + column;

  /** Every cell as an edge costing what hiding it would (nothing when hidden already). */
  cellEdges(): TableEdge[] {
    const edges: TableEdge[] = [];
    this.counts.forEach((row, r) =>
      row.forEach((count, c) => {
        const cost = isHidden(this.statuses[r]![c]!) ? 0 : hidingCost(count);
        edges.push({ from: this.rowVertex(r), to: this.columnVertex(c), cost, cell: [r, c] });
      }),
    );
    return edges;
  }

  /** The hidden margins and total, which are fixed here: they can be walked through, never added. */
  hiddenMarginEdges(): TableEdge[] {
    const edges: TableEdge[] = [];
    this.margins.rows.forEach(({ status }, r) => isHidden(status) && edges.push({ from: this.rowVertex(r), to: this.#rowTotals, cost: 0, cell: null }));
    this.margins.columns.forEach(({ status }, c) => isHidden(status) && edges.push({ from: this.#columnTotals, to: this.columnVertex(c), cost: 0, cell: null }));
    if (isHidden(this.margins.total.status)) edges.push({ from: this.#columnTotals, to: this.#rowTotals, cost: 0, cell: null });
    return edges;
  }

  hiddenEdges(): TableEdge[] {
    return [...this.cellEdges().filter((edge) => edge.cost === 0 && edge.cell && isHidden(this.statuses[edge.cell[0]]![edge.cell[1]]!)), ...this.hiddenMarginEdges()];
  }

  /** Hides the cells of the cheapest path; true when that hid something. */
  hidePath(edges: readonly TableEdge[], start: number, goal: number): boolean {
    const path = cheapestPath(this.vertexCount, edges, start, goal);
    let hid = false;
    for (const edge of path ?? []) {
      const cell = edges[edge]!.cell;
      if (cell && !isHidden(this.statuses[cell[0]]![cell[1]]!)) {
        this.statuses[cell[0]]![cell[1]] = 'complementary';
        hid = true;
      }
    }
    return hid;
  }

  joinHiddenMargins(margins: readonly Counted[], vertexOf: (index: number) => number): boolean {
    const hidden = margins.flatMap(({ status }, index) => (isHidden(status) ? [vertexOf(index)] : []));
    let hid = false;
    for (let pair = 1; pair < hidden.length; pair += 1) {
      const [a, b] = [hidden[pair - 1]!, hidden[pair]!];
      const hiddenCells = this.hiddenEdges().filter((edge) => edge.cell);
      if (!connected(this.vertexCount, hiddenCells, a, b)) hid = this.hidePath(this.cellEdges(), a, b) || hid;
    }
    return hid;
  }

  /** Puts the first bridge it can fix on a cycle; true when that hid something. */
  breakBridges(unfixable: Set<string>): boolean {
    const hidden = this.hiddenEdges();
    for (const bridge of findBridges(this.vertexCount, hidden)) {
      const { from, to, cell } = hidden[bridge]!;
      const key = `${from}-${to}`;
      if (unfixable.has(key)) continue;
      // Any other way round: shown cells (at their cost) and the other hidden figures.
      const detour = [...this.cellEdges().filter((edge) => !(cell && edge.cell?.[0] === cell[0] && edge.cell[1] === cell[1])), ...this.hiddenMarginEdges()]
        .filter((edge) => !(edge.cell === null && cell === null && edge.from === from && edge.to === to));
      if (this.hidePath(detour, from, to)) return true;
      unfixable.add(key);
    }
    return false;
  }

  lineTerms(cells: readonly (readonly [number, number])[], margin: Counted): LineTerm[] {
    return [
      ...cells.map(([r, c]) => ({ coefficient: 1 as const, count: this.counts[r]![c]!, status: this.statuses[r]![c]! })),
      { coefficient: -1, ...margin },
    ];
  }

  /** Hides the cheapest shown cell of each row or column that pins a hidden figure; true when it hid one. */
  widenLines(): boolean {
    let hid = false;
    const lines = [
      ...this.margins.rows.map((margin, r) => ({ margin, cells: this.margins.columns.map((_, c) => [r, c] as const) })),
      ...this.margins.columns.map((margin, c) => ({ margin, cells: this.counts.map((_, r) => [r, c] as const) })),
    ];
    for (const { margin, cells } of lines) {
      if (pinnedTerms(this.lineTerms(cells, margin)).length === 0) continue;
      const counts = cells.map(([r, c]) => this.counts[r]![c]!);
      const statuses = cells.map(([r, c]) => this.statuses[r]![c]!);
      const next = cheapestShown(counts, statuses, cells.map((_, index) => index));
      if (next === null) continue;
      const [r, c] = cells[next]!;
      this.statuses[r]![c] = 'complementary';
      hid = true;
    }
    return hid;
  }

  run(): CellStatus[][] {
    const unfixable = new Set<string>();
    for (let changed = true; changed; ) {
      changed = this.joinHiddenMargins(this.margins.rows, this.rowVertex);
      changed = this.joinHiddenMargins(this.margins.columns, this.columnVertex) || changed;
      changed = this.breakBridges(unfixable) || changed;
      changed = this.widenLines() || changed;
    }
    return this.statuses;
  }
}

/**
 * `counts[row][column]`; `margins` are the protected one-way figures of the rows and columns.
 * A margin's count must be its row's or column's actual sum: in a table of categories, which a
 * referral can have several of, a column's sum counts mentions, and takes the status of the
 * column's referral count (shown when it is, since the two are equal whenever each referral has
 * one category).
 */
export function protectTable(counts: readonly (readonly number[])[], margins: TableMargins): CellStatus[][] {
  // A single row or column that equals its margins holds the same figures: the same statuses.
  if (counts.length === 1 && counts[0]!.every((count, c) => count === margins.columns[c]!.count)) {
    return [margins.columns.map(({ status }) => status)];
  }
  if (margins.columns.length === 1 && counts.every((row, r) => row[0] === margins.rows[r]!.count)) {
    return margins.rows.map(({ status }) => [status]);
  }
  return new TableProtection(counts, margins).run();
}
