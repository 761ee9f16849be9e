import { describe, expect, it } from 'vitest';
import { classificationMarkDetector } from '../../../core/detectors/classification-mark';
import { detect, fullWidth, texts, zeroWidth } from './helpers';

const run = (text: string) => detect(classificationMarkDetector, text);

describe('classification-mark', () => {
  it('finds the three levels with star and period', () => {
    expect(texts(run('正文 绝密★长期 内容；机密★1年；秘密★十年。'))).toEqual(['绝密★长期', '机密★1年', '秘密★十年']);
  });

  it('accepts ☆ * · and spaces around the star', () => {
    expect(texts(run('文中 机密☆5年 与 秘密*永久 与 绝密 · 20年'))).toEqual(['机密☆5年', '秘密*永久', '绝密 · 20年']);
  });

  it('finds a star without a period and a period without a star', () => {
    expect(texts(run('标注为 秘密★ 的文件'))).toEqual(['秘密★']);
    expect(texts(run('正文 机密 3年，'))).toEqual(['机密 3年']);
  });

  it('does not report the bare word in prose', () => {
    expect(run('揭开宇宙的秘密')).toEqual([]);
    expect(run('严守国家机密，不得泄露')).toEqual([]);
    expect(run('这是一个公开的秘密。')).toEqual([]);
    expect(run('秘密长期存在于人们心中')).toEqual([]);
    expect(run('**秘密**是小说的名字')).toEqual([]); // Markdown emphasis, not a star
    expect(run('这个秘密十年来无人知晓')).toEqual([]);
  });

  it('reports the word alone on a line or after a 密级 label', () => {
    expect(texts(run('正文第一段。\n【机密】\n第二段'))).toEqual(['机密']);
    expect(texts(run('……\n密级：秘密\n'))).toEqual(['秘密']);
  });

  it('marks the GB/T 9704 header position with higher confidence', () => {
    const [head] = run('000001\n机密★1年\n\n某某市人民政府文件\n');
    expect(head.rule).toBe('classification-mark:header');
    expect(head.confidence).toBe(0.98);
    const [body] = run(`${'正文。\n'.repeat(10)}机密★1年\n`);
    expect(body.rule).toBe('classification-mark');
    expect(body.confidence).toBe(0.95);
  });

  it('accepts a full-width star with a numeral period', () => {
    expect(texts(run('正文 机密＊十年。'))).toEqual(['机密＊十年']);
  });

  it('finds traditional forms', () => {
    expect(texts(run('機密★十年；絕密★長期；祕密★兩年'))).toEqual(['機密★十年', '絕密★長期', '祕密★兩年']);
  });

  it('finds spaced, full-width and zero-width variants with original offsets', () => {
    expect(texts(run('正文 机 密★1年'))).toEqual(['机 密★1年']);
    expect(texts(run(`正文 机密＊${fullWidth('10')}年`))).toEqual([`机密＊${fullWidth('10')}年`]);
    const text = `正文 ${zeroWidth('机密★1年')}。`;
    const [f] = run(text);
    expect(f.start).toBe(3);
    expect(f.text).toBe(zeroWidth('机密★1年'));
    expect(f.severity).toBe('block');
  });
});
