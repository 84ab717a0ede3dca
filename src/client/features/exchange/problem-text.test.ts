import { describe, expect, it } from 'vitest';
import { problemText } from './problem-text.ts';

// Keys and values instead of text, so the test survives copy edits.
const t = (key: string, options: Record<string, unknown> = {}) => `${key}${JSON.stringify(options)}`;

describe('import problems in the reader\'s language', () => {
  it('says the usual problems with the values they name', () => {
    expect(problemText('is required', t)).toBe('exchange.problem.required{}');
    expect(problemText('must be one of physical, postal, virtual (got "moon")', t)).toBe('exchange.problem.oneOf{"values":"physical, postal, virtual","got":"\\"moon\\""}');
    expect(problemText('no location has the id "no-such-place"', t)).toBe('exchange.problem.missingLink{"table":"location","id":"no-such-place"}');
  });

  it('shows any other problem as the server wrote it', () => {
    expect(problemText('lists svc-1 more than once', t)).toBe('lists svc-1 more than once');
  });
});
