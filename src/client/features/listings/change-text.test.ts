import { describe, expect, it } from 'vitest';
import { changeTitle, hoursText, valueText } from './change-text.ts';

// Keys and their variables, so the test survives copy edits and still sees what went where.
const t = ((key: string, vars?: Record<string, unknown>) => (vars ? `${key}${JSON.stringify(vars)}` : key)) as unknown as Parameters<typeof hoursText>[1];

describe('a version\'s changes in words', () => {
  it('reads hours as weekly hours, several sessions a day and closures included', () => {
    const text = hoursText(
      [
        { id: 'a', byday: 'TU', opens_at: '09:00', closes_at: '12:00' },
        { id: 'b', byday: 'TU', opens_at: '18:00', closes_at: '20:00' },
        { id: 'c', guichet_closed: true, valid_from: '2026-12-24', valid_to: '2026-12-26', description: 'Holidays' },
      ],
      t,
      'en',
    );
    expect(text).toBe('Tuesday 9:00 a.m. – 12:00 p.m., 6:00 p.m. – 8:00 p.m.; listings.history.closed{"from":"December 24, 2026","to":"December 26, 2026"} (Holidays)');
  });

  it('names a translation by its language and field, and says when a machine wrote it', () => {
    const change = { record: 'service' as const, id: 'svc-1', name: 'Classes', field: 'guichet_translations.ar.name', after: { text: 'دروس', machine: true } };
    expect(changeTitle(change, t, 'en')).toBe(
      'listings.history.changed{"record":"listings.history.record.service{\\"name\\":\\"Classes\\"}","field":"listings.history.translation{\\"language\\":\\"Arabic\\",\\"field\\":\\"listings.fields.name\\"}"}',
    );
    expect(valueText(change.field, change.after, t, 'en')).toBe('listings.history.machineText{"text":"دروس"}');
  });

  it('shows an emptied field as empty rather than blank', () => {
    expect(valueText('description', null, t, 'en')).toBe('listings.history.empty');
  });
});
