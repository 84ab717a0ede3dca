/**
 * Tokenizer for the JavaScript subset data files like IRCC's `services-info-*.js` are written in:
 * `var`/`let`/`const` declarations of object and array literals. The file is read as data and
 * never run, so a tampered download cannot execute anything on the operator's machine.
 */

export class LiteralSyntaxError extends Error {
  constructor(
    /** What is wrong, without the position. */
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} (line ${line}, column ${column})`);
    this.name = 'LiteralSyntaxError';
  }
}

export type TokenKind = 'punctuation' | 'string' | 'number' | 'identifier' | 'end';

export interface Token {
  kind: TokenKind;
  /** The punctuation character, identifier name, or decoded string. */
  text: string;
  /** Set for numbers. */
  number?: number;
  line: number;
  column: number;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };
const IDENTIFIER_START = /[A-Za-z_$]/;
const IDENTIFIER_PART = /[\w$]/;
const NUMBER_AT = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/y;
const LINE_BREAK = /\r\n?|\n|\u2028|\u2029/y;

/** A token's source spelling for error messages: `"Address"`, `identifier Address`, `end of file`. */
export function describeToken(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'end of file';
    case 'string':
      return `string ${JSON.stringify(token.text.length > 30 ? `${token.text.slice(0, 27)}...` : token.text)}`;
    case 'identifier':
      return `identifier ${token.text}`;
    case 'number':
      return `number ${token.text}`;
    default:
      return `"${token.text}"`;
  }
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  let line = 1;
  let lineStart = 0;
  const errorHere = (message: string) => new LiteralSyntaxError(message, line, offset - lineStart + 1);
  /** Consumes a line break at `offset` if there is one, keeping line numbers right. */
  const takeLineBreak = (): boolean => {
    LINE_BREAK.lastIndex = offset;
    const match = LINE_BREAK.exec(source);
    if (!match) return false;
    offset += match[0].length;
    line += 1;
    lineStart = offset;
    return true;
  };

  const readString = (quote: string): string => {
    // Reported at the opening quote: that is where the reader has to look.
    const openingLine = line;
    const openingColumn = offset - lineStart + 1;
    const unterminated = (why: string) => new LiteralSyntaxError(why, openingLine, openingColumn);
    offset += 1;
    let text = '';
    for (;;) {
      const ch = source[offset];
      if (ch === undefined) throw unterminated('unterminated string');
      if (ch === quote) {
        offset += 1;
        return text;
      }
      if (ch === '\n' || ch === '\r') throw unterminated('unterminated string: the line ends before its closing quote');
      if (ch !== '\\') {
        text += ch;
        offset += 1;
        continue;
      }
      offset += 1;
      const escaped = source[offset];
      if (escaped === undefined) throw unterminated('unterminated string');
      if (takeLineBreak()) continue; // a backslash before a line break continues the string
      if (escaped === 'u' || escaped === 'x') {
        const braced = escaped === 'u' && source[offset + 1] === '{';
        const digits = braced
          ? /^\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(offset + 1, offset + 10))
          : new RegExp(`^[0-9a-fA-F]{${escaped === 'u' ? 4 : 2}}`).exec(source.slice(offset + 1));
        if (!digits) throw errorHere(`invalid \\${escaped} escape in string`);
        text += String.fromCodePoint(parseInt(digits[1] ?? digits[0], 16));
        offset += 1 + digits[0].length;
        continue;
      }
      text += SIMPLE_ESCAPES[escaped] ?? escaped;
      offset += 1;
    }
  };

  while (offset < source.length) {
    const ch = source[offset]!;
    const column = offset - lineStart + 1;
    if (takeLineBreak()) continue;
    if (/\s/.test(ch) || ch === '\ufeff') {
      offset += 1;
    } else if (source.startsWith('//', offset)) {
      while (offset < source.length && !/[\r\n\u2028\u2029]/.test(source[offset]!)) offset += 1;
    } else if (source.startsWith('/*', offset)) {
      const end = source.indexOf('*/', offset + 2);
      if (end === -1) throw errorHere('unterminated comment');
      while (offset < end) {
        if (!takeLineBreak()) offset += 1;
      }
      offset = end + 2;
    } else if (ch === '"' || ch === "'") {
      tokens.push({ kind: 'string', text: readString(ch), line, column });
    } else if (IDENTIFIER_START.test(ch)) {
      const start = offset;
      while (offset < source.length && IDENTIFIER_PART.test(source[offset]!)) offset += 1;
      tokens.push({ kind: 'identifier', text: source.slice(start, offset), line, column });
    } else {
      NUMBER_AT.lastIndex = offset;
      const number = NUMBER_AT.exec(source)?.[0];
      // Any other character is passed on as punctuation: the parser knows what it expected
      // there, which makes a better message than "unexpected character".
      const text = number ?? ch;
      tokens.push(number ? { kind: 'number', text, number: Number(text), line, column } : { kind: 'punctuation', text, line, column });
      offset += text.length;
    }
  }
  tokens.push({ kind: 'end', text: '', line, column: offset - lineStart + 1 });
  return tokens;
}
