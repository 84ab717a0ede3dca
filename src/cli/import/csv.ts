/**
 * RFC 4180 CSV: quoted fields with doubled quotes and line breaks inside, CRLF or LF line ends,
 * an optional byte-order mark. Problems are returned, not thrown, so a bad row is reported while
 * the others are still read.
 */

export interface CsvRecord {
  /** 1-based data row number (the header is not counted): what the report calls "row". */
  row: number;
  /** Line of the file the row starts on. */
  line: number;
  values: Record<string, string>;
  /** Set when the row is malformed; its values are still given so its id can be reported. */
  problem?: string;
}

/** A problem with the file as a whole. */
export interface CsvProblem {
  line: number;
  problem: string;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  problems: CsvProblem[];
}

interface RawRow {
  line: number;
  fields: string[];
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Line breaks in text[from, to): LF, CRLF and a lone CR each end one line. */
function lineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code === LF || (code === CR && text.charCodeAt(index + 1) !== LF)) breaks += 1;
  }
  return breaks;
}

/**
 * Splits the text into rows of fields; a quote left open is the one problem that ends reading.
 * Runs of plain text are sliced whole rather than added a character at a time: a region's
 * tables are hundreds of megabytes, and per-character strings cost more in garbage than in work.
 */
function splitRows(text: string): { rows: RawRow[]; unterminatedQuoteLine: number | null } {
  const rows: RawRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push({ line: rowLine, fields });
    fields = [];
  };
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (inQuotes) {
      const close = text.indexOf('"', index);
      const end = close === -1 ? length : close;
      line += lineBreaks(text, index, end);
      field += text.slice(index, end);
      if (close === -1) break;
      if (text.charCodeAt(close + 1) === QUOTE) {
        field += '"';
        index = close + 2;
      } else {
        inQuotes = false;
        index = close + 1;
      }
    } else if (code === QUOTE && field === '') {
      inQuotes = true;
      quoteLine = line;
      index += 1;
    } else if (code === COMMA) {
      endField();
      index += 1;
    } else if (code === LF || code === CR) {
      index += code === CR && text.charCodeAt(index + 1) === LF ? 2 : 1;
      endRow();
      line += 1;
      rowLine = line;
    } else {
      // Plain text up to the next comma or line end. A quote inside an unquoted field is kept
      // as text, as spreadsheet programs do.
      let end = index + 1;
      while (end < length) {
        const next = text.charCodeAt(end);
        if (next === COMMA || next === LF || next === CR) break;
        end += 1;
      }
      field += text.slice(index, end);
      index = end;
    }
  }
  if (inQuotes) return { rows, unterminatedQuoteLine: quoteLine };
  if (field !== '' || fields.length > 0) endRow();
  return { rows, unterminatedQuoteLine: null };
}

const isBlank = (row: RawRow) => row.fields.length === 1 && row.fields[0]!.trim() === '';

export function parseCsv(source: string): CsvTable {
  const text = source.startsWith('\ufeff') ? source.slice(1) : source;
  const { rows, unterminatedQuoteLine } = splitRows(text);
  const problems: CsvProblem[] = [];
  if (unterminatedQuoteLine !== null) {
    problems.push({ line: unterminatedQuoteLine, problem: 'a quoted field opened on this line is never closed' });
  }
  const [headerRow, ...dataRows] = rows.filter((row) => !isBlank(row));
  if (!headerRow) return { header: [], records: [], problems: [...problems, { line: 1, problem: 'the file is empty' }] };
  const header = headerRow.fields.map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) problems.push({ line: headerRow.line, problem: `column "${name}" appears twice in the header` });
    seen.add(name);
  }
  const records: CsvRecord[] = [];
  dataRows.forEach((raw, index) => {
    // fromEntries defines properties, so a column named "__proto__" stays an ordinary value.
    const values = Object.fromEntries(header.map((name, column) => [name, raw.fields[column] ?? '']));
    const record: CsvRecord = { row: index + 1, line: raw.line, values };
    if (raw.fields.length !== header.length) record.problem = `has ${raw.fields.length} fields but the header has ${header.length}`;
    records.push(record);
  });
  return { header, records, problems };
}
