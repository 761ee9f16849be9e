import { describe, expect, it } from 'vitest';
import { forbiddenSwitches, parseDataDir } from '../../../electron/args';
import { checkIpcCall, internalError } from '../../../electron/ipc-guard';

describe('parseDataDir', () => {
  it('reads --data DIR and --data=DIR', () => {
    expect(parseDataDir(['electron', '.', '--data', '/tmp/d'])).toBe('/tmp/d');
    expect(parseDataDir(['electron', '.', '--data=/tmp/d 2'])).toBe('/tmp/d 2');
  });
  it('is null when absent', () => {
    expect(parseDataDir(['electron', '.'])).toBeNull();
    expect(parseDataDir(['electron', '.', '--database', 'x'])).toBeNull();
  });
  it('refuses --data without a folder instead of opening the default database', () => {
    expect(() => parseDataDir(['electron', '.', '--data'])).toThrow();
    expect(() => parseDataDir(['electron', '.', '--data', '--other'])).toThrow();
    expect(() => parseDataDir(['electron', '.', '--data='])).toThrow();
  });
});

describe('forbiddenSwitches', () => {
  it('finds debugging switches in either form', () => {
    expect(forbiddenSwitches(['x', '--remote-debugging-port=9222', '--inspect', '--inspect-brk=0.0.0.0:9229', '--data', 'd'])).toEqual([
      '--remote-debugging-port=9222',
      '--inspect',
      '--inspect-brk=0.0.0.0:9229',
    ]);
    expect(forbiddenSwitches(['x', '--remote-debugging-pipe', '--js-flags=--allow-natives-syntax'])).toHaveLength(2);
  });
  it('leaves ordinary arguments alone', () => {
    expect(forbiddenSwitches(['electron', '.', '--data', '/tmp/inspect', '--inspection'])).toEqual([]);
  });
});

describe('checkIpcCall', () => {
  it('lets a well-formed call from the app main frame through', () => {
    expect(checkIpcCall('app://desk/index.html', true, 'drafts.create')).toBeNull();
  });

  it('refuses foreign or sub frames with an envelope in both languages', () => {
    for (const [url, main] of [
      ['https://evil.com/', true],
      ['app://desk.evil/', true],
      ['app://desk/index.html', false],
      [undefined, true],
    ] as const) {
      const r = checkIpcCall(url, main, 'users.create');
      expect(r).toMatchObject({ ok: false, error: { code: 'ipc.sender-rejected' } });
      if (r && !r.ok) {
        expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
        expect(r.error.messageEn).toMatch(/refused/);
      }
    }
  });

  it('refuses methods that are not strings', () => {
    for (const m of [undefined, null, 1, {}, ['drafts.create'], '', 'x'.repeat(500)]) {
      expect(checkIpcCall('app://desk/index.html', true, m)).toMatchObject({ ok: false, error: { code: 'ipc.bad-method' } });
    }
  });

  it('has an internal-error envelope that reveals nothing', () => {
    expect(internalError()).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
