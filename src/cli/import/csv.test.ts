import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('CSV reading', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, after a BOM, with CRLF line ends', () => {
    const table = parseCsv('\ufeffid,name,note\r\n1,"Smith, Jo","said ""hi""\r\non two lines"\r\n2,Plain,\r\n');
    expect(table.header).toEqual(['id', 'name', 'note']);
    expect(table.records.map((record) => record.values)).toEqual([
      { id: '1', name: 'Smith, Jo', note: 'said "hi"\r\non two lines' },
      { id: '2', name: 'Plain', note: '' },
    ]);
    expect(table.problems).toEqual([]);
  });

  it('numbers data rows from 1 and keeps the line each starts on', () => {
    const table = parseCsv('id,note\n1,"two\nlines"\n2,x\n');
    expect(table.records.map(({ row, line }) => [row, line])).toEqual([
      [1, 2],
      [2, 4],
    ]);
  });

  it('flags a row whose field count differs from the header, keeping its values', () => {
    const [record] = parseCsv('id,name\nabc,Name,extra\n').records;
    expect(record?.problem).toBe('has 3 fields but the header has 2');
    expect(record?.values.id).toBe('abc');
  });

  it('reports a quote that is never closed at the line it opens', () => {
    expect(parseCsv('id,name\n1,ok\n2,"broken\n3,more\n').problems).toEqual([
      { line: 3, problem: 'a quoted field opened on this line is never closed' },
    ]);
  });

  it('reports a column named twice', () => {
    expect(parseCsv('id,name,id\n1,a,2\n').problems[0]?.problem).toBe('column "id" appears twice in the header');
  });
});
