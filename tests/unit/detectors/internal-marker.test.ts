import { describe, expect, it } from 'vitest';
import { internalMarkerDetector } from '../../../core/detectors/internal-marker';
import { detect, texts, zeroWidth } from './helpers';

const run = (text: string) => detect(internalMarkerDetector, text);

describe('internal-marker', () => {
  it('finds each marker where it stands as a marker', () => {
    expect(texts(run('内部资料\n注意保存'))).toEqual(['内部资料', '注意保存']);
    expect(texts(run('【内部文件】【注意保密】（内部使用）注意保管！不得外传。'))).toEqual([
      '内部文件',
      '注意保密',
      '内部使用',
      '注意保管',
      '不得外传',
    ]);
  });

  it('reads two markers side by side as two markers', () => {
    expect(texts(run('内部资料注意保存'))).toEqual(['内部资料', '注意保存']);
  });

  it('does not report ordinary phrases that contain the words', () => {
    expect(run('关于加强内部文件管理的通知')).toEqual([]);
    expect(run('登山时注意保存体力')).toEqual([]);
    expect(run('请注意保存好您的票据')).toEqual([]);
    expect(run('内部使用的设备')).toEqual([]);
    expect(run('内部资料显示，产值增长')).toEqual([]);
    expect(run('内部资件。内部使料。')).toEqual([]); // not words, though the pattern's classes allow them
  });

  it('gives prose advice lower confidence than a header marker', () => {
    const [advice] = run('工作人员要注意保密。');
    const [marker] = run('【注意保密】');
    expect(advice.confidence).toBeLessThan(marker.confidence ?? 0);
  });

  it('finds traditional forms', () => {
    expect(texts(run('內部資料，不得外傳'))).toEqual(['內部資料', '不得外傳']);
  });

  it('finds zero-width variants with original offsets', () => {
    const [f] = run(`【${zeroWidth('内部资料')}】`);
    expect(f.start).toBe(1);
    expect(f.text).toBe(zeroWidth('内部资料'));
    expect(f.severity).toBe('escalate');
  });
});
