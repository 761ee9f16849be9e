import { describe, expect, test } from 'vitest';
import { parseRoute, routeHash } from '../../../renderer/components/route';
import { sectionsFor } from '../../../renderer/components/roles';

describe('hash routes', () => {
  test('round-trip every page', () => {
    for (const r of [{ page: 'drafts' }, { page: 'draft', draftId: 12 }, { page: 'lexicon' }, { page: 'try' }, { page: 'users' }, { page: 'departments' },
      { page: 'audit' }, { page: 'password' }] as const) {
      expect(parseRoute(routeHash(r))).toEqual(r);
    }
  });

  test('anything odd lands on home or the list, never on a bogus id', () => {
    expect(parseRoute('')).toEqual({ page: 'home' });
    expect(parseRoute('#/nope')).toEqual({ page: 'home' });
    expect(parseRoute('#/drafts/abc')).toEqual({ page: 'drafts' });
    expect(parseRoute('#/drafts/-3')).toEqual({ page: 'drafts' });
    expect(parseRoute('#/drafts/1.5')).toEqual({ page: 'drafts' });
    expect(parseRoute('#/__proto__')).toEqual({ page: 'home' });
  });
});

describe('menu by role (cosmetic; the desk decides)', () => {
  test('each role sees its sections, everyone can change the password', () => {
    expect(sectionsFor(['admin'])).toEqual(['users', 'departments', 'audit', 'password']);
    expect(sectionsFor(['liaison'])).toEqual(['drafts', 'try', 'password']);
    expect(sectionsFor(['secrecy-officer'])).toEqual(['drafts', 'lexicon', 'password']);
    expect(sectionsFor(['archivist'])).toEqual(['drafts', 'lexicon', 'audit', 'password']);
    expect(sectionsFor([])).toEqual(['password']);
  });
});
