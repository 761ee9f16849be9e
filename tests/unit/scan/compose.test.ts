import { describe, expect, it } from 'vitest';
import type { DetectorFinding } from '../../../core/detectors/types';
import { createEngine } from '../../../core/scan/engine';
import { scanTextWith } from '../../../core/scan/compose';
import type { TermLibrary } from '../../../core/terms/library';

const library: TermLibrary = {
  version: 'test-1',
  terms: [
    { id: 1, text: '秘密', category: 'term', severity: 'warn', rationale: '密级用语' },
    { id: 2, text: '军事设施', category: 'term', severity: 'escalate', rationale: '国防' },
    { id: 3, text: '关掉的词', category: 'term', severity: 'block', rationale: 'x', enabled: false },
  ],
  allow: [{ phrase: '揭开…的秘密', rule: 'term:1' }],
};

/** A stand-in detector: reports every run of 11 digits as a mobile number. */
const fakeDetect = (text: string): DetectorFinding[] =>
  [...text.matchAll(/\d{11}/g)].map((m) => ({
    start: m.index!, end: m.index! + 11, text: m[0], category: 'mobile', severity: 'warn', rule: 'mobile',
  }));

describe('scan composition', () => {
  const engine = createEngine({ library });

  it('records the library version', () => {
    expect(engine.libraryVersion).toBe('test-1');
  });

  it('combines library terms and detector findings, in reading order, with the layer', () => {
    const text = '军事 設施附近，电话13812345678，这是秘密。';
    const findings = scanTextWith(text, 'comments', engine, fakeDetect);
    expect(findings.map((x) => [x.layer, x.text, x.rule, x.severity])).toEqual([
      ['comments', '军事 設施', 'term:2', 'escalate'],
      ['comments', '13812345678', 'mobile', 'warn'],
      ['comments', '秘密', 'term:1', 'warn'],
    ]);
    expect(findings[0].rationale).toBe('国防');
    for (const x of findings) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('drops allowed phrases but only for their rule', () => {
    const text = '揭开宇宙的秘密';
    expect(scanTextWith(text, 'body', engine, fakeDetect)).toEqual([]);
  });

  it('does not report disabled terms', () => {
    expect(scanTextWith('关掉的词', 'body', engine, fakeDetect)).toEqual([]);
  });

  it('passes the detector settings through', () => {
    const seen: unknown[] = [];
    const e = createEngine({ library, detectorConfig: { mobile: { enabled: false } } });
    scanTextWith('x', 'body', e, (_t, config) => { seen.push(config); return []; });
    expect(seen).toEqual([{ mobile: { enabled: false } }]);
  });
});

describe('terms covered by detector findings', () => {
  const lib: TermLibrary = {
    version: 't',
    terms: [
      { id: 1, text: '机密', category: 'term', severity: 'block', rationale: '' },
      { id: 2, text: '内部', category: 'term', severity: 'block', rationale: '' },
    ],
    allow: [],
  };
  const mark = (text: string): DetectorFinding[] => {
    const out: DetectorFinding[] = [];
    const i = text.indexOf('机密★1年');
    if (i >= 0) out.push({ start: i, end: i + 5, text: '机密★1年', category: 'classification-mark', severity: 'block', rule: 'mark' });
    const j = text.indexOf('内部资料');
    if (j >= 0) out.push({ start: j, end: j + 4, text: '内部资料', category: 'internal-marker', severity: 'escalate', rule: 'internal' });
    return out;
  };
  const engine = createEngine({ library: lib });

  it('reports the mark once, not the term inside it', () => {
    expect(scanTextWith('机密★1年', 'body', engine, mark).map((f) => f.rule)).toEqual(['mark']);
  });

  it('keeps a term whose severity is higher than the covering finding', () => {
    expect(scanTextWith('内部资料', 'body', engine, mark).map((f) => f.rule)).toEqual(['internal', 'term:2']);
  });

  it('keeps the term where no detector fired', () => {
    expect(scanTextWith('机密文件', 'body', engine, mark).map((f) => f.rule)).toEqual(['term:1']);
  });
});
