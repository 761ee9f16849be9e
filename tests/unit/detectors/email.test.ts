import { describe, expect, it } from 'vitest';
import { emailDetector, isValidDomain } from '../../../core/detectors/email';
import { detect, texts } from './helpers';

const run = (text: string) => detect(emailDetector, text);

describe('email', () => {
  it('finds addresses in Chinese prose and trims sentence punctuation', () => {
    expect(texts(run('请发送至zhang.san@example.gov.cn。或li-si+news@mail.163.com.'))).toEqual([
      'zhang.san@example.gov.cn',
      'li-si+news@mail.163.com',
    ]);
  });

  it('rejects shapes that are not addresses', () => {
    expect(run('@example.com')).toEqual([]);
    expect(run('name@localhost')).toEqual([]);
    expect(run('name@example.c')).toEqual([]);
    expect(run('name@-bad.com')).toEqual([]);
    expect(run('微博@人民日报')).toEqual([]);
    expect(isValidDomain('a..com')).toBe(false);
  });

  it('accepts a full-width ＠ and full-width letters with original offsets', () => {
    const text = '邮箱：ｔｅｓｔ＠ｅｘａｍｐｌｅ．ｃｎ';
    const [f] = run(text);
    expect(f.start).toBe(3);
    expect(f.end).toBe(text.length);
  });

  it('keeps a zero-width character inside the address in the reported text', () => {
    const text = '邮箱 ab\u200Bc@example.org';
    expect(texts(run(text))).toEqual(['ab\u200Bc@example.org']);
  });

  it('stays linear on a long run without @ and reports nothing', () => {
    expect(run('a'.repeat(200_000))).toEqual([]);
  });
});
