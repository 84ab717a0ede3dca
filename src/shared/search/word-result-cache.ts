/**
 * Scored query words, kept between keystrokes: typing "cours de f" after "cours de " re-uses
 * "cours" and "de" and scores only "f". Small and evicting oldest first, because a scored
 * common word holds an entry for most services.
 */

/** One query word scored against the directory. */
export interface ScoredWord {
  /** Services the word matched, unordered, with their score (match quality × field weight). */
  readonly services: Uint32Array;
  readonly scores: Float32Array;
  /**
   * Word ids `[phraseStart, phraseEnd)` that count as this word inside an exact phrase: the
   * word itself, or while it is being typed, every word starting with it. Empty when none.
   */
  readonly phraseStart: number;
  readonly phraseEnd: number;
}

const MAX_CACHED_WORDS = 48;

export class WordResultCache {
  private readonly entries = new Map<string, ScoredWord>();

  get(key: string): ScoredWord | undefined {
    return this.entries.get(key);
  }

  set(key: string, scored: ScoredWord): void {
    if (this.entries.size >= MAX_CACHED_WORDS) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, scored);
  }

  /** Forgets every scored word, as when a new directory version arrives. */
  clear(): void {
    this.entries.clear();
  }
}
