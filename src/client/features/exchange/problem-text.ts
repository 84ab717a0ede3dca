/**
 * The server words an import's problems in English; the usual ones are said again here in the
 * reader's language, with the values they name. Anything else is shown as the server wrote it.
 */
/** The app's `t`, or a test's stand-in: keys are checked by the table below, not by the type. */
type Translate = (key: never, options?: Record<string, string>) => string;

const patterns: Array<[RegExp, string, (match: RegExpExecArray) => Record<string, string>]> = [
  [/^is required$/, 'exchange.problem.required', () => ({})],
  [/^must be one of (.+?) \(got (.+)\)$/, 'exchange.problem.oneOf', (m) => ({ values: m[1]!, got: m[2]! })],
  [/^must be a (number|string|boolean) \(got (.+)\)$/, 'exchange.problem.type', (m) => ({ type: m[1]!, got: m[2]! })],
  [/^no (\w+) has the id "(.*)"$/, 'exchange.problem.missingLink', (m) => ({ table: m[1]!, id: m[2]! })],
  [/^"(.*)" is already used by (.+)$/, 'exchange.problem.duplicate', (m) => ({ id: m[1]!, place: m[2]! })],
  [/^is not valid JSON/, 'exchange.problem.notJson', () => ({})],
  [/^is not a readable zip file$/, 'exchange.problem.notZip', () => ({})],
  [/^The file lists no organization/, 'exchange.problem.empty', () => ({})],
  [/^is listed in region (\S+); it cannot be imported into (\S+)$/, 'exchange.problem.otherRegion', (m) => ({ region: m[1]! })],
];

export function problemText(message: string, t: Translate): string {
  for (const [pattern, key, values] of patterns) {
    const match = pattern.exec(message);
    if (match) return t(key as never, values(match));
  }
  return message;
}
