import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeDetector, isValidCreditCode, isValidOrgCode } from '../../../core/detectors/credit-code';
import { creditCheck, detect, fullWidth, orgCheck, texts, zeroWidth } from './helpers';

const run = (text: string) => detect(creditCodeDetector, text);

/** A credit code whose organisation code (chars 9–17) carries a valid GB 11714 check digit. */
function makeCode(prefix8: string, org8: string): string {
  const first17 = prefix8 + org8 + orgCheck(org8);
  return first17 + creditCheck(first17);
}

describe('credit-code: GB 32100', () => {
  it('accepts the widely cited example 91350100M000100Y43', () => {
    expect(creditCheck('91350100M000100Y4')).toBe('3');
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(texts(run('统一社会信用代码：91350100M000100Y43。'))).toEqual(['91350100M000100Y43']);
  });

  it('agrees with the check character derived from 3^i mod 31', () => {
    const bodies = ['91110000600037341', '12100000400000662', '51110105MJ0000000', 'Y1110108MA01ABCDE'.slice(0, 17)];
    for (const b of bodies) expect(creditCodeCheckChar(b)).toBe(creditCheck(b));
  });

  it('maps a computed 31 back to 0', () => {
    // Search for a body whose check is 0: proves the 31 → 0 branch against the helper.
    let found = '';
    for (let n = 0; n < 2000 && found === ''; n++) {
      const body = `91110000${String(n).padStart(9, '0')}`;
      if (creditCheck(body) === '0') found = body;
    }
    expect(found).not.toBe('');
    expect(creditCodeCheckChar(found)).toBe('0');
  });

  it('rejects a wrong check character and letters outside the alphabet', () => {
    expect(run('91350100M000100Y44')).toEqual([]);
    expect(run('91350100M000100I43')).toEqual([]); // I is not in the alphabet
    expect(run('91350100M0001O0Y43')).toEqual([]); // neither is O
  });

  it('rejects an implausible authority code or region', () => {
    const first17 = 'B1350100M000100Y4';
    expect(run(first17 + creditCheck(first17))).toEqual([]);
    const badRegion = '9135A100M000100Y4';
    expect(run(badRegion + creditCheck(badRegion))).toEqual([]);
  });

  it('raises confidence when the embedded organisation code checks out', () => {
    const withOrg = makeCode('91110108', 'MA01ABCD');
    expect(isValidOrgCode(withOrg.slice(8, 17))).toBe(true);
    const org = withOrg.slice(8, 16);
    const badOrgDigit = orgCheck(org) === '1' ? '2' : '1';
    const first17 = '91110108' + org + badOrgDigit;
    const withoutOrg = first17 + creditCheck(first17);
    const a = run(`公司编码 ${withOrg}`)[0];
    const b = run(`公司编码 ${withoutOrg}`)[0];
    expect(a.confidence).toBeGreaterThan(b.confidence ?? 1);
  });

  it('is not fooled by surrounding alphanumerics', () => {
    expect(run('X91350100M000100Y43')).toEqual([]);
    expect(run('91350100M000100Y43Z')).toEqual([]);
  });

  it('finds full-width and zero-width variants with original offsets', () => {
    const code = '91350100M000100Y43';
    expect(texts(run(`代码${fullWidth(code)}`))).toEqual([fullWidth(code)]);
    const [f] = run(`代码${zeroWidth(code)}，`);
    expect(f.start).toBe(2);
    expect(f.text).toBe(zeroWidth(code));
    expect(f.severity).toBe('warn');
  });
});
