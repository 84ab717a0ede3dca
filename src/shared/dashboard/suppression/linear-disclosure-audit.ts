/**
 * The attack suppression must withstand, run for real: every published figure is a sum over
 * "atoms" (the finest combinations of attributes a referral can have), so a reader holding many
 * tables holds a system of linear equations. A hidden figure is disclosed when its sum is a
 * linear combination of published ones: differences of totals, a total minus its shown cells,
 * or any longer chain. Checked by Gaussian elimination over a prime field (exact, no rounding),
 * which can only err by calling a figure undisclosed with probability about 1 / 67 million.
 *
 * Used by the tests; small enough to audit a few thousand atoms.
 */

const PRIME = 67_108_859; // below 2^26, so a product of two residues stays an exact double
const modulo = (value: number) => ((value % PRIME) + PRIME) % PRIME;

function inverse(value: number): number {
  // Fermat: value^(p-2) mod p, by squaring.
  let result = 1;
  let base = modulo(value);
  for (let exponent = PRIME - 2; exponent > 0; exponent = Math.floor(exponent / 2)) {
    if (exponent % 2 === 1) result = (result * base) % PRIME;
    base = (base * base) % PRIME;
  }
  return result;
}

export class LinearDisclosureAudit {
  /** Basis rows by pivot atom, each with 1 at its pivot and 0 at every earlier pivot. */
  readonly #basis = new Map<number, Float64Array>();

  constructor(readonly atomCount: number) {}

  #reduce(atoms: Iterable<number>): Float64Array {
    const vector = new Float64Array(this.atomCount);
    for (const atom of atoms) vector[atom] = modulo(vector[atom]! + 1);
    for (let column = 0; column < this.atomCount; column += 1) {
      const factor = vector[column]!;
      if (factor === 0) continue;
      const row = this.#basis.get(column);
      if (!row) continue;
      for (let index = column; index < this.atomCount; index += 1) {
        if (row[index] !== 0) vector[index] = modulo(vector[index]! - factor * row[index]!);
      }
    }
    return vector;
  }

  /** A figure the reader knows: the sum over these atoms. */
  learn(atoms: Iterable<number>): void {
    const vector = this.#reduce(atoms);
    const pivot = vector.findIndex((value) => value !== 0);
    if (pivot === -1) return;
    const scale = inverse(vector[pivot]!);
    for (let index = pivot; index < this.atomCount; index += 1) vector[index] = (vector[index]! * scale) % PRIME;
    this.#basis.set(pivot, vector);
  }

  /** Whether the sum over these atoms follows from what the reader knows. */
  discloses(atoms: Iterable<number>): boolean {
    return this.#reduce(atoms).every((value) => value === 0);
  }
}
