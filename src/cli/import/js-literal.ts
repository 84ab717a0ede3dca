/**
 * Reads `var NAME = <literal>;` declarations from a JavaScript data file without running it.
 * Accepts what hand-edited data files contain: unquoted keys, single or double quotes, trailing
 * commas, comments and a byte-order mark. Anything beyond literals (calls, expressions) is a
 * syntax error with its line and column.
 */
import { LiteralSyntaxError, describeToken, tokenize, type Token } from './js-literal-tokens.ts';

export { LiteralSyntaxError } from './js-literal-tokens.ts';

export type LiteralValue = string | number | boolean | null | LiteralValue[] | { [key: string]: LiteralValue };

const DECLARATION_KEYWORDS = new Set(['var', 'let', 'const']);
const KEYWORD_VALUES: Record<string, LiteralValue> = { true: true, false: false, null: null };

class LiteralParser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  declarations(): Map<string, LiteralValue> {
    const found = new Map<string, LiteralValue>();
    while (this.peek().kind !== 'end') {
      if (this.takePunctuation(';')) continue;
      const keyword = this.next();
      if (keyword.kind !== 'identifier' || !DECLARATION_KEYWORDS.has(keyword.text)) {
        throw this.unexpected(keyword, 'a declaration such as var ServicesData = [...]');
      }
      const name = this.next();
      if (name.kind !== 'identifier') throw this.unexpected(name, 'a variable name');
      this.expectPunctuation('=');
      found.set(name.text, this.value());
      this.takePunctuation(';');
    }
    return found;
  }

  private value(): LiteralValue {
    const token = this.next();
    switch (token.kind) {
      case 'string':
        return token.text;
      case 'number':
        return token.number!;
      case 'identifier':
        if (token.text in KEYWORD_VALUES) return KEYWORD_VALUES[token.text]!;
        throw this.unexpected(token, 'a value (only literal values are read, never code)');
      case 'punctuation':
        if (token.text === '{') return this.objectBody();
        if (token.text === '[') return this.arrayBody();
        throw this.unexpected(token, 'a value');
      default:
        throw this.unexpected(token, 'a value');
    }
  }

  private objectBody(): { [key: string]: LiteralValue } {
    const object: { [key: string]: LiteralValue } = {};
    while (!this.takePunctuation('}')) {
      const key = this.next();
      if (key.kind !== 'identifier' && key.kind !== 'string' && key.kind !== 'number') {
        throw this.unexpected(key, 'a property name or "}"');
      }
      this.expectPunctuation(':');
      // defineProperty, not assignment: a "__proto__" key stays data instead of changing the prototype.
      Object.defineProperty(object, key.text, { value: this.value(), enumerable: true, writable: true, configurable: true });
      if (!this.takePunctuation(',') && !this.isPunctuation(this.peek(), '}')) {
        throw this.unexpected(this.peek(), '"," or "}" after a property');
      }
    }
    return object;
  }

  private arrayBody(): LiteralValue[] {
    const array: LiteralValue[] = [];
    while (!this.takePunctuation(']')) {
      array.push(this.value());
      if (!this.takePunctuation(',') && !this.isPunctuation(this.peek(), ']')) {
        throw this.unexpected(this.peek(), '"," or "]" after an item');
      }
    }
    return array;
  }

  private peek(): Token {
    return this.tokens[this.index]!;
  }

  private next(): Token {
    const token = this.tokens[this.index]!;
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private isPunctuation(token: Token, text: string): boolean {
    return token.kind === 'punctuation' && token.text === text;
  }

  private takePunctuation(text: string): boolean {
    if (!this.isPunctuation(this.peek(), text)) return false;
    this.index += 1;
    return true;
  }

  private expectPunctuation(text: string): void {
    const token = this.next();
    if (!this.isPunctuation(token, text)) throw this.unexpected(token, `"${text}"`);
  }

  private unexpected(token: Token, expected: string): LiteralSyntaxError {
    return new LiteralSyntaxError(`expected ${expected} but found ${describeToken(token)}`, token.line, token.column);
  }
}

/**
 * The array declared as `name` in `source`. Throws `LiteralSyntaxError` when the file is not
 * well-formed, and a plain `Error` when it has no such array.
 */
export function readDeclaredArray(source: string, name: string): LiteralValue[] {
  // A BOM is not part of the text; dropping it keeps columns the same as in an editor.
  const text = source.startsWith('\ufeff') ? source.slice(1) : source;
  const value = new LiteralParser(tokenize(text)).declarations().get(name);
  if (value === undefined) throw new Error(`no "var ${name} = [...]" declaration found`);
  if (!Array.isArray(value)) throw new Error(`${name} is not an array`);
  return value;
}
