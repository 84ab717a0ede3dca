/** Text prepared for a speech synthesizer, which otherwise reads "519" as "five hundred nineteen". */

/** "519-555-0123" → "5 1 9, 5 5 5, 0 1 2 3": digit by digit, with a pause between groups. */
export function speakablePhoneNumber(number: string): string {
  return number
    .split(/[^\d+]+/)
    .filter(Boolean)
    .map((group) => [...group.replace('+', '')].join(' '))
    .join(', ');
}
