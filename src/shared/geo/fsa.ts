/**
 * Canadian postal geography. A newcomer's postal code is only ever kept as its FSA (Forward
 * Sortation Area, the first three characters), the finest geography the product uses.
 */

// Canada Post never uses D, F, I, O, Q or U; W and Z never start a postal code.
const FSA_PATTERN = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]$/;
const POSTAL_CODE_PATTERN = /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d$/;

/** Uppercase, no spaces or dashes: "n6a 3n7" and "N6A-3N7" both become "N6A3N7". */
function compact(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

/**
 * The FSA of a full postal code or of an FSA typed on its own, in any common form
 * (`n6a 3n7`, `N6A3N7`, `N6A`); `null` when it is not a valid Canadian postal code or FSA.
 */
export function parseFsa(input: string): string | null {
  const code = compact(input);
  if (code.length === 3) return FSA_PATTERN.test(code) ? code : null;
  if (code.length === 6) return POSTAL_CODE_PATTERN.test(code) ? code.slice(0, 3) : null;
  return null;
}

/** A full postal code as Canada Post prints it (`N6A 3N7`), or `null` when invalid. */
export function formatPostalCode(input: string): string | null {
  const code = compact(input);
  return POSTAL_CODE_PATTERN.test(code) ? `${code.slice(0, 3)} ${code.slice(3)}` : null;
}
