import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalEntryText, canonicalJson, entryHash, GENESIS_HASH, verifyChain, type StoredAuditEntry } from '../../../core/audit/chain';

function chain(n: number): StoredAuditEntry[] {
  const out: StoredAuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const body = { seq, at: `2026-01-0${seq}T00:00:00.000Z`, actor: 'admin', action: 'x.do', subject: `s:${seq}`, details: { n: seq, 名: '值' } };
    const hash = entryHash(body, prev);
    out.push({ ...body, details: canonicalJson(body.details), prev_hash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
  });
  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
  });
});

describe('audit chain', () => {
  it('can be checked with sha256 alone: the hash covers the exported line without its hash', () => {
    const [e] = chain(1);
    const line = JSON.parse(canonicalEntryText(e)) as Record<string, unknown>;
    delete line.hash;
    expect(createHash('sha256').update(canonicalJson(line)).digest('hex')).toBe(e.hash);
  });

  it('verifies an intact chain against its head', () => {
    const c = chain(3);
    expect(verifyChain(c, { seq: 3, hash: c[2].hash })).toEqual({ intact: true, entries: 3, head: { seq: 3, hash: c[2].hash } });
  });

  it('names the changed entry', () => {
    const c = chain(5);
    c[2] = { ...c[2], subject: 's:changed' };
    expect(verifyChain(c, { seq: 5, hash: c[4].hash })).toMatchObject({ intact: false, brokenAt: 3, reason: 'hash-mismatch' });
  });

  it('names a removed middle entry as a gap', () => {
    const c = chain(4);
    c.splice(1, 1);
    expect(verifyChain(c, { seq: 4, hash: c[2].hash })).toMatchObject({ intact: false, brokenAt: 2, reason: 'sequence-gap' });
  });

  it('names a removed last entry as truncation', () => {
    const c = chain(4);
    const head = { seq: 4, hash: c[3].hash };
    expect(verifyChain(c.slice(0, 3), head)).toMatchObject({ intact: false, brokenAt: 4, reason: 'truncated' });
  });

  it('notices a head that does not match the last entry', () => {
    const c = chain(2);
    expect(verifyChain(c, { seq: 2, hash: 'f'.repeat(64) })).toMatchObject({ intact: false, reason: 'head-mismatch' });
  });

  it('survives details that are not JSON at all', () => {
    const c = chain(2);
    c[0] = { ...c[0], details: '{not json' };
    expect(verifyChain(c, { seq: 2, hash: c[1].hash })).toMatchObject({ intact: false, brokenAt: 1 });
  });
});
