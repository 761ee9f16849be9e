import { describe, expect, it } from 'vitest';
import { docNumberDetector } from '../../../core/detectors/doc-number';
import { detect, fullWidth, texts, zeroWidth } from './helpers';

const run = (text: string) => detect(docNumberDetector, text);

describe('doc-number', () => {
  it('finds 发文字号 with every bracket variant', () => {
    expect(
      texts(run('国办发〔2010〕57号、京政发[2011]12号、财预［2019］3号、粤府办(2020)8号、国函（2021）101号、苏政发【2018】5号')),
    ).toEqual(['国办发〔2010〕57号', '京政发[2011]12号', '财预［2019］3号', '粤府办(2020)8号', '国函（2021）101号', '苏政发【2018】5号']);
  });

  it('stops the issuer at the prose before it', () => {
    expect(texts(run('根据国办发〔2010〕57号文件'))).toEqual(['国办发〔2010〕57号']);
    expect(texts(run('市政府印发的京政发〔2011〕12号'))).toEqual(['京政发〔2011〕12号']);
    expect(texts(run('《通知》（国办发〔2010〕57号）'))).toEqual(['国办发〔2010〕57号']);
  });

  it('finds decrees in digits and numerals', () => {
    expect(texts(run('《条例》（国务院令第588号）；中华人民共和国主席令第三十一号'))).toEqual([
      '国务院令第588号',
      '中华人民共和国主席令第三十一号',
    ]);
    expect(run('国务院令第588号')[0].rule).toBe('doc-number:decree');
  });

  it('does not take years in brackets or ordinary 号 for document numbers', () => {
    expect(run('（2020年）第3号楼')).toEqual([]);
    expect(run('〔2010〕57号')).toEqual([]); // no issuer
    expect(run('国办发〔10〕57号')).toEqual([]); // not a year
    expect(run('命令第3条')).toEqual([]);
  });

  it('accepts traditional 號 and spaces inside', () => {
    expect(texts(run('國辦發〔2010〕57號'))).toEqual(['國辦發〔2010〕57號']);
    expect(texts(run('国办发〔 2010 〕 57 号'))).toEqual(['国办发〔 2010 〕 57 号']);
  });

  it('finds full-width and zero-width variants with original offsets', () => {
    expect(texts(run(`国办发〔${fullWidth('2010')}〕${fullWidth('57')}号`))).toEqual([`国办发〔${fullWidth('2010')}〕${fullWidth('57')}号`]);
    const text = `依据国办发〔${zeroWidth('2010')}〕57号。`;
    const [f] = run(text);
    expect(f.start).toBe(2);
    expect(f.text).toBe(`国办发〔${zeroWidth('2010')}〕57号`);
    expect(f.severity).toBe('warn');
  });
});
