import { describe, expect, it } from 'vitest';
import { LiteralSyntaxError, readDeclaredArray } from './js-literal.ts';

function syntaxErrorOf(source: string): LiteralSyntaxError {
  try {
    readDeclaredArray(source, 'Data');
  } catch (error) {
    if (error instanceof LiteralSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a syntax error');
}

describe('reading a JavaScript data file without running it', () => {
  it('reads unquoted keys, both quote styles, escapes, numbers, nesting, trailing commas and comments', () => {
    const source = [
      '\ufeff/* a header comment */',
      'var Data = [',
      '  {Name : "Caf\\u00e9 \\"Le Coin\\"", Alias: \'l\\\'autre\', Count: -12.5e1, Tags: ["a", "b",], Ok: true, None: null,}, // trailing',
      '];',
    ].join('\r\n');
    expect(readDeclaredArray(source, 'Data')).toEqual([
      { Name: 'Café "Le Coin"', Alias: "l'autre", Count: -125, Tags: ['a', 'b'], Ok: true, None: null },
    ]);
  });

  it('finds the named declaration among several', () => {
    expect(readDeclaredArray('const Other = {a: 1};\nlet Data = [1, 2]\nvar More = "x";', 'Data')).toEqual([1, 2]);
  });

  it('reports a missing comma with its line and column', () => {
    const error = syntaxErrorOf('var Data = [\n  {a : "1" b : "2"}\n];');
    expect(error.reason).toBe('expected "," or "}" after a property but found identifier b');
    expect([error.line, error.column]).toEqual([2, 12]);
  });

  it('refuses code instead of running it', () => {
    const error = syntaxErrorOf('var Data = [fetch("https://example.com")];');
    expect(error.reason).toMatch(/only literal values are read, never code/);
  });

  it('reports an unterminated string where it opens', () => {
    const error = syntaxErrorOf('var Data = [\n  {a : "open\n}];');
    expect([error.line, error.column, error.reason]).toEqual([2, 8, 'unterminated string: the line ends before its closing quote']);
  });

  it('names a stray character where a value belongs', () => {
    expect(syntaxErrorOf('var Data = [{a: @}];').reason).toBe('expected a value but found "@"');
  });

  it('counts columns after a byte-order mark as an editor does', () => {
    const error = syntaxErrorOf('\ufeffvar Data = [}];');
    expect([error.line, error.column]).toEqual([1, 13]);
  });

  it('keeps a "__proto__" key as plain data', () => {
    const [item] = readDeclaredArray('var Data = [{__proto__: {polluted: "yes"}}];', 'Data') as [Record<string, unknown>];
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
    expect(Object.keys(item)).toEqual(['__proto__']);
  });

  it('says so when the file declares no such array', () => {
    expect(() => readDeclaredArray('var Other = [];', 'Data')).toThrow('no "var Data = [...]" declaration found');
  });
});
