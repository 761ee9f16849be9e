import { describe, expect, it } from 'vitest';
import { coordinatesDetector } from '../../../core/detectors/coordinates';
import { detect, fullWidth, texts, zeroWidth } from './helpers';

const run = (text: string, extra: object = {}) => detect(coordinatesDetector, text, extra);

describe('coordinates', () => {
  it('finds 东经/北纬 prefixed decimals with enough decimals', () => {
    expect(texts(run('位于东经116.3974°，北纬39.9165°。'))).toEqual(['东经116.3974°', '北纬39.9165°']);
  });

  it('finds E/N prefixes and suffixes', () => {
    expect(texts(run('N39.9165, E116.3974'))).toEqual(['N39.9165', 'E116.3974']);
    expect(texts(run('39.9165°N 116.3974°E'))).toEqual(['39.9165°N', '116.3974°E']);
  });

  it('does not take 东经 inside another word (城东经济开发区)', () => {
    expect(run('城东经济开发区2023年产值12.85万元')).toEqual([]);
    expect(texts(run('城东经济开发区位于东经116.3974度'))).toEqual(['东经116.3974度']);
  });

  it('ignores percentages, amounts and lone decimals', () => {
    expect(run('增长98.5%，产值12.85万，圆周率3.14159，比例0.123456')).toEqual([]);
  });

  it('finds lat/lon pairs in either order, with context raising confidence', () => {
    const [a] = run('116.397128,39.916527');
    expect(a.text).toBe('116.397128,39.916527');
    expect(a.rule).toBe('coordinates:pair');
    expect(a.confidence).toBe(0.55);
    expect(run('坐标：39.916527, 116.397128')[0].confidence).toBe(0.85);
  });

  it('rejects pairs out of range or followed by a unit', () => {
    expect(run('123.4567, 150.1234')).toEqual([]); // neither can be a latitude
    expect(run('12.3456, 45.6789%')).toEqual([]);
  });

  it('respects the configurable decimal threshold', () => {
    expect(run('东经116.397°')).toEqual([]);
    expect(texts(run('东经116.397°', { options: { minDecimals: 3 } }))).toEqual(['东经116.397°']);
    expect(run('东经116.3974°', { options: { minDecimals: 6 } })).toEqual([]);
  });

  it('checks the range of prefixed values', () => {
    expect(run('北纬95.1234')).toEqual([]);
    expect(texts(run('东经179.1234'))).toEqual(['东经179.1234']);
  });

  it('finds degrees-minutes-seconds with symbols or prefixes', () => {
    expect(texts(run('116°23′45″E, 39°54\'27"N'))).toEqual(['116°23′45″E', '39°54\'27"N']);
    expect(texts(run('东经116度23分45秒，北纬39°54′'))).toEqual(['东经116度23分45秒', '北纬39°54′']);
    expect(run('116°23′45″')[0].rule).toBe('coordinates:dms');
  });

  it('rejects DMS forms that are angles or times', () => {
    expect(run('倾角30度5分')).toEqual([]);
    expect(run('30°5′')).toEqual([]);
    expect(run('116°75′10″')).toEqual([]); // 75 minutes
  });

  it('matches traditional prefixes', () => {
    expect(texts(run('東經116.3974，北緯39.9165'))).toEqual(['東經116.3974', '北緯39.9165']);
  });

  it('finds full-width and zero-width variants with original offsets', () => {
    const fw = `东经${fullWidth('116')}．${fullWidth('3974')}`;
    expect(texts(run(`位于${fw}`))).toEqual([fw]);
    const [f] = run(`位于北纬${zeroWidth('39.9165')}。`);
    expect(f.start).toBe(2);
    expect(f.text).toBe(`北纬${zeroWidth('39.9165')}`);
  });
});
