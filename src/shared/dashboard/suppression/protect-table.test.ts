import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../cli/generate/random.ts';
import { isHidden, type CellStatus, type Counted } from './cell-status.ts';
import { LinearDisclosureAudit } from './linear-disclosure-audit.ts';
import { protectLine } from './protect-line.ts';
import { protectTable } from './protect-table.ts';

/** Rows and columns protected as lines first, as the dashboard does, then the table. */
function protectWithMargins(counts: number[][]) {
  const rowSums = counts.map((row) => row.reduce((sum, count) => sum + count, 0));
  const columnSums = counts[0]!.map((_, c) => counts.reduce((sum, row) => sum + row[c]!, 0));
  const rowLine = protectLine(rowSums);
  const columnLine = protectLine(columnSums);
  const rows: Counted[] = rowSums.map((count, r) => ({ count, status: rowLine.statuses[r]! }));
  const columns: Counted[] = columnSums.map((count, c) => ({ count, status: columnLine.statuses[c]! }));
  return { rows, columns, total: rowLine.total, cells: protectTable(counts, { rows, columns, total: rowLine.total }) };
}

describe('protectTable', () => {
  it('hides a rectangle around a lone small cell, on the cheapest rows and columns', () => {
    const { cells } = protectWithMargins([
      [50, 40, 30],
      [20, 3, 25],
      [35, 15, 60],
    ]);
    expect(cells).toEqual([
      ['published', 'published', 'published'],
      ['complementary', 'under-10', 'published'],
      ['complementary', 'complementary', 'published'],
    ] satisfies CellStatus[][]);
  });

  it('joins two hidden row margins through hidden cells', () => {
    const { rows, cells } = protectWithMargins([
      [30, 40, 30],
      [2, 2, 3],
      [4, 0, 4],
    ]);
    expect(rows.map((row) => row.status)).toEqual(['published', 'under-10', 'under-10']);
    expect(cells[1]!.every(isHidden)).toBe(true);
    expect([cells[2]![0]!, cells[2]![2]!].every(isHidden)).toBe(true);
  });

  it('leaves no hidden figure that the shown ones add up to, over 300 random tables', () => {
    const random = createRandom(42);
    for (let trial = 0; trial < 300; trial += 1) {
      const [rowCount, columnCount] = [random.int(2, 6), random.int(2, 6)];
      const counts = Array.from({ length: rowCount }, () =>
        Array.from({ length: columnCount }, () => (random.chance(0.25) ? 0 : random.chance(0.4) ? random.int(1, 9) : random.int(10, 60))),
      );
      const { rows, columns, total, cells } = protectWithMargins(counts);
      // Atoms are the cells; every figure is a sum of cells.
      const atom = (r: number, c: number) => r * columnCount + c;
      const figures = [
        ...counts.flatMap((row, r) => row.map((_, c) => ({ atoms: [atom(r, c)], status: cells[r]![c]! }))),
        ...rows.map(({ status }, r) => ({ atoms: counts[0]!.map((_, c) => atom(r, c)), status })),
        ...columns.map(({ status }, c) => ({ atoms: counts.map((_, r) => atom(r, c)), status })),
        { atoms: counts.flatMap((row, r) => row.map((_, c) => atom(r, c))), status: total.status },
      ];
      const audit = new LinearDisclosureAudit(rowCount * columnCount);
      for (const figure of figures) if (!isHidden(figure.status)) audit.learn(figure.atoms);
      for (const figure of figures) if (isHidden(figure.status)) expect(audit.discloses(figure.atoms), JSON.stringify(counts)).toBe(false);
      for (const [r, row] of counts.entries()) for (const [c, count] of row.entries()) if (count >= 1 && count <= 9) expect(cells[r]![c]).toBe('under-10');
    }
  });
});

describe('protectTable, tables that share margins', () => {
  it('leaves no hidden figure that three linked two-way tables add up to, over 150 random cubes', () => {
    const random = createRandom(11);
    for (let trial = 0; trial < 150; trial += 1) {
      const sizes = [random.int(2, 4), random.int(2, 4), random.int(2, 3)] as const;
      // Referrals by three attributes; the dashboard publishes its lines and its two-way tables.
      const cube = Array.from({ length: sizes[0] }, () =>
        Array.from({ length: sizes[1] }, () => Array.from({ length: sizes[2] }, () => (random.chance(0.35) ? 0 : random.chance(0.5) ? random.int(1, 6) : random.int(5, 30)))),
      );
      const atom = (a: number, b: number, c: number) => (a * sizes[1] + b) * sizes[2] + c;
      const all = cube.flatMap((plane, a) => plane.flatMap((row, b) => row.map((_, c) => ({ a, b, c, count: cube[a]![b]![c]! }))));
      const sumWhere = (keep: (cell: { a: number; b: number; c: number }) => boolean) => all.filter(keep).reduce((sum, cell) => sum + cell.count, 0);
      const axes = ['a', 'b', 'c'] as const;
      const lines = axes.map((axis, index) => protectLine(Array.from({ length: sizes[index]! }, (_, value) => sumWhere((cell) => cell[axis] === value))));
      const figures: { atoms: number[]; status: CellStatus }[] = [];
      const atomsWhere = (keep: (cell: { a: number; b: number; c: number }) => boolean) => all.filter(keep).map((cell) => atom(cell.a, cell.b, cell.c));
      axes.forEach((axis, index) => lines[index]!.statuses.forEach((status, value) => figures.push({ atoms: atomsWhere((cell) => cell[axis] === value), status })));
      for (const [first, second] of [
        [0, 1],
        [0, 2],
        [1, 2],
      ] as const) {
        const [rowAxis, columnAxis] = [axes[first], axes[second]];
        const counts = Array.from({ length: sizes[first] }, (_, r) => Array.from({ length: sizes[second] }, (_, c) => sumWhere((cell) => cell[rowAxis] === r && cell[columnAxis] === c)));
        const margin = (index: number, value: number): Counted => ({ count: sumWhere((cell) => cell[axes[index]!] === value), status: lines[index]!.statuses[value]! });
        const statuses = protectTable(counts, {
          rows: counts.map((_, r) => margin(first, r)),
          columns: counts[0]!.map((_, c) => margin(second, c)),
          total: lines[0]!.total,
        });
        counts.forEach((row, r) => row.forEach((_, c) => figures.push({ atoms: atomsWhere((cell) => cell[rowAxis] === r && cell[columnAxis] === c), status: statuses[r]![c]! })));
      }
      const audit = new LinearDisclosureAudit(all.length);
      for (const figure of figures) if (!isHidden(figure.status)) audit.learn(figure.atoms);
      for (const figure of figures) if (isHidden(figure.status)) expect(audit.discloses(figure.atoms), JSON.stringify(cube)).toBe(false);
    }
  });
});
