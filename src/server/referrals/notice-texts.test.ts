import { describe, expect, it } from 'vitest';
import { statusNoticeText } from './notice-texts.ts';

describe('the e-mails a newcomer receives', () => {
  it('are written in their language when there is a text for it, in English otherwise', () => {
    expect(statusNoticeText('fr-CA', 'K7QM-4XTB', 'accepted')).toEqual({
      subject: 'Du nouveau pour votre demande K7QM-4XTB',
      text: expect.stringMatching(/^Votre demande K7QM-4XTB a été acceptée\./),
    });
    expect(statusNoticeText('ti', 'K7QM-4XTB', 'forwarded').text).toMatch(/^Your request K7QM-4XTB has been passed on to another service/);
  });

  it('say where to look without a link, since the status token is never stored', () => {
    const { text } = statusNoticeText('en', 'K7QM-4XTB', 'rejected');
    expect(text).toContain('private status link you received');
    expect(text).not.toMatch(/https?:/);
  });
});
