import { describe, expect, it } from 'vitest';
import { destinationAfterSignIn, safeNextPath, signInPathFor } from './next-path.ts';

const origin = 'https://guichet.example';

describe('where sign-in leads', () => {
  it('follows a path of this site, keeping its query', () => {
    expect(safeNextPath('/inbox/123?x=1', origin)).toBe('/inbox/123?x=1');
    expect(destinationAfterSignIn('staff', '/inbox?status=requested', origin)).toBe('/inbox?status=requested');
  });

  it('never leads to another site', () => {
    for (const next of ['https://evil.example/', '//evil.example/inbox', '/\\evil.example', 'javascript:alert(1)', 'inbox', '']) {
      expect(safeNextPath(next, origin), next).toBeNull();
    }
  });

  it('does not loop back to the sign-in page', () => {
    expect(safeNextPath('/sign-in?next=/inbox', origin)).toBeNull();
  });

  it('starts staff at the inbox and others at their account, which they also get instead of an inbox', () => {
    expect(destinationAfterSignIn('staff', null, origin)).toBe('/inbox');
    expect(destinationAfterSignIn('admin', undefined, origin)).toBe('/account');
    expect(destinationAfterSignIn('coordinator', '/inbox/123', origin)).toBe('/account');
    expect(destinationAfterSignIn('coordinator', '/service/svc-1', origin)).toBe('/service/svc-1');
  });

  it('writes a sign-in address that comes back to the page', () => {
    expect(signInPathFor('/inbox/1?page=2')).toBe('/sign-in?next=%2Finbox%2F1%3Fpage%3D2');
  });
});
