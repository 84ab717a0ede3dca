/**
 * Building blocks of the index build: a growing vocabulary, growable typed buffers, and the
 * counting sort that turns (word, item) pairs collected record by record into per-word lists.
 * Typed buffers rather than arrays of arrays keep the build's peak memory near its result's.
 */
import type { PhraseSequences, ServicePositions } from './search-index.ts';

/** Ends a phrase while word ids are provisional; see `renumberPhrases`. */
export const PROVISIONAL_PHRASE_END = 0xffffffff;

export class VocabularyBuilder {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** Sorts the vocabulary; returns the new id of each id handed out so far. */
  sort(): { sortedWords: string[]; newIds: Uint32Array } {
    const words = this.words;
    const order = words.map((_, id) => id).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
    const newIds = new Uint32Array(words.length);
    order.forEach((oldId, newId) => (newIds[oldId] = newId));
    return { sortedWords: order.map((oldId) => words[oldId]!), newIds };
  }
}

export class GrowableUint32 {
  values = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  toArray(): Uint32Array {
    return this.values.slice(0, this.length);
  }
}

/** Remembers, per word id, the last record that used it, to post each word once per record. */
export class WordStamps {
  private stamps = new Int32Array(1024).fill(-1);

  /** True the first time `wordId` is seen with `stamp`. */
  markFirst(wordId: number, stamp: number): boolean {
    if (wordId >= this.stamps.length) {
      const grown = new Int32Array(Math.max(wordId + 1, this.stamps.length * 2)).fill(-1);
      grown.set(this.stamps);
      this.stamps = grown;
    }
    if (this.stamps[wordId] === stamp) return false;
    this.stamps[wordId] = stamp;
    return true;
  }
}

export function servicePositions(serviceCount: number, length: number): ServicePositions {
  return serviceCount <= 0xffff ? new Uint16Array(length) : new Uint32Array(length);
}

/**
 * Groups `items[i]` by `keys[i]` (keys below `keyCount`), keeping their order: returns
 * `start` (length `keyCount + 1`) and the items laid out key after key.
 */
export function countingSort<T extends Uint16Array | Uint32Array>(
  keys: Uint32Array,
  items: Uint32Array,
  keyCount: number,
  output: T,
): { start: Uint32Array; sorted: T } {
  const start = new Uint32Array(keyCount + 1);
  for (const key of keys) start[key + 1]!++;
  for (let key = 0; key < keyCount; key++) start[key + 1] = start[key + 1]! + start[key]!;
  const cursor = start.slice(0, keyCount);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    output[cursor[key]!++] = items[i]!;
  }
  return { start, sorted: output };
}

/**
 * Phrase sequences written with provisional word ids, renumbered after the vocabulary sort,
 * in 16 bits when the word ids and the end mark fit.
 */
export function renumberPhrases(start: GrowableUint32, tokens: GrowableUint32, newIds: Uint32Array): PhraseSequences {
  const renumbered = newIds.length < 0xffff ? new Uint16Array(tokens.length) : new Uint32Array(tokens.length);
  const phraseEnd = renumbered instanceof Uint16Array ? 0xffff : 0xffffffff;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens.values[i]!;
    renumbered[i] = token === PROVISIONAL_PHRASE_END ? phraseEnd : newIds[token]!;
  }
  return { start: start.toArray(), tokens: renumbered };
}
