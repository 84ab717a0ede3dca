import { describe, expect, it } from 'vitest';
import { contactLinks, whatsappNumber } from './contact-links.ts';

describe('links that reach a person', () => {
  it('dials, texts, mails and opens WhatsApp with what the person gave', () => {
    const links = contactLinks({ phone: '(519) 555-0123', sms: '+1 519 555 0124', email: 'amira@example.org', whatsapp: '519-555-0125' });
    expect(links.map((link) => link.href)).toEqual(['tel:5195550123', 'sms:+15195550124', 'mailto:amira@example.org', 'https://wa.me/15195550125']);
    expect(links.map((link) => link.shown)).toEqual(['(519) 555-0123', '+1 519 555 0124', 'amira@example.org', '519-555-0125']);
  });

  it('leaves out the ways the person did not give', () => {
    expect(contactLinks({ phone: null, sms: null, email: 'a@example.org', whatsapp: null }).map((link) => link.kind)).toEqual(['email']);
  });

  it('keeps an international WhatsApp number as written, without its plus', () => {
    expect(whatsappNumber('+961 3 123 456')).toBe('9613123456');
  });

  it('cannot be turned into another kind of link by what the person typed', () => {
    const [mail] = contactLinks({ phone: null, sms: null, email: 'x@example.org?body=hi&cc=y@example.org', whatsapp: null });
    expect(mail?.href).toBe('mailto:x@example.org%3Fbody%3Dhi%26cc%3Dy%40example.org');
  });
});
