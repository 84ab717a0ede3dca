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

/** Splits the text into rows of fields; a quote left open is the one problem that ends reading. */
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
  for (let index = 0; index < text.length; index += 1) {
    const ch = text[index]!;
    if (inQuotes) {
      if (ch === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (ch === '"') {
        inQuotes = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[index + 1] !== '\n')) line += 1;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      inQuotes = true;
      quoteLine = line;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[index + 1] === '\n') index += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else {
      // A quote inside an unquoted field is kept as text, as spreadsheet programs do.
      field += ch;
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
