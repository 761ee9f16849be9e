import { describe, expect, it } from 'vitest';
import { ipAddressDetector, isPrivateIPv4, parseIPv4, parseIPv6 } from '../../../core/detectors/ip-address';
import { detect, fullWidth, texts, zeroWidth } from './helpers';

const run = (text: string, extra: object = {}) => detect(ipAddressDetector, text, extra);

describe('ip-address', () => {
  it('parses IPv4 with octet bounds and no leading zeros', () => {
    expect(parseIPv4('192.168.1.1')).toEqual([192, 168, 1, 1]);
    expect(parseIPv4('256.1.1.1')).toBeNull();
    expect(parseIPv4('01.2.3.4')).toBeNull();
    expect(parseIPv4('1.2.3')).toBeNull();
  });

  it('classifies the private, loopback and link-local ranges', () => {
    for (const a of ['10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.0.1', '127.0.0.1', '169.254.1.1', '100.64.0.1']) {
      expect(isPrivateIPv4(parseIPv4(a) ?? [])).toBe(true);
    }
    for (const a of ['172.32.0.1', '8.8.8.8', '192.169.0.1', '100.128.0.1']) {
      expect(isPrivateIPv4(parseIPv4(a) ?? [])).toBe(false);
    }
  });

  it('escalates private addresses and warns on public ones', () => {
    const found = run('内网服务器192.168.10.25，外网地址202.96.134.133。');
    expect(texts(found)).toEqual(['192.168.10.25', '202.96.134.133']);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([
      ['ip-address:private', 'escalate'],
      ['ip-address', 'warn'],
    ]);
  });

  it('never lowers a private address below the configured severity', () => {
    expect(run('10.1.2.3', { severity: 'block' })[0].severity).toBe('block');
    expect(run('10.1.2.3', { options: { privateSeverity: 'block' } })[0].severity).toBe('block');
  });

  it('includes a prefix length or a port', () => {
    expect(texts(run('网段10.20.0.0/16，服务192.168.1.5:8080'))).toEqual(['10.20.0.0/16', '192.168.1.5:8080']);
  });

  it('does not take version strings for addresses', () => {
    expect(run('软件V3.2.1.8发布')).toEqual([]);
    expect(run('版本号2.0.1.12')).toEqual([]);
    expect(run('版本：2.0.1.12')).toEqual([]);
    expect(run('version 10.0.19041.1')).toEqual([]);
    expect(run('v2.0.1.12')).toEqual([]);
  });

  it('does not take outline numbers, dates or longer dotted runs for addresses', () => {
    expect(run('第2.1.3.4条')).toEqual([]);
    expect(run('1.2.3.4.5')).toEqual([]);
    expect(run('300.1.1.1 1.2.3.256')).toEqual([]);
  });

  it('skips outline headings and gives small public numbers a low confidence', () => {
    expect(run('概述\n3.2.1.1 总体要求\n')).toEqual([]);
    expect(run('  10.1.1.1 内网段说明')[0].rule).toBe('ip-address:private'); // private: still reported
    expect(run('见 3.2.1.1 节')).toEqual([]);
    expect(run('数值为 3.2.1.1。')[0].confidence).toBe(0.4);
    expect(run('DNS 服务器 3.2.1.1')[0].confidence).toBe(0.9);
    expect(run('网关\n3.2.1.1 机房')[0].confidence).toBe(0.9);
  });

  it('parses IPv6 including compressed and IPv4-tail forms', () => {
    expect(parseIPv6('2001:db8:0:0:0:0:0:1')).toHaveLength(8);
    expect(parseIPv6('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('::ffff:192.168.1.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0xc0a8, 0x0101]);
    expect(parseIPv6('1::2::3')).toBeNull();
    expect(parseIPv6('12:30:45')).toBeNull();
    expect(parseIPv6('00:1A:2B:3C:4D:5E')).toBeNull(); // a MAC address
    expect(parseIPv6('::')).toBeNull();
    expect(parseIPv6('12345::1')).toBeNull();
  });

  it('finds IPv6 addresses in text and classifies them', () => {
    const found = run('地址fe80::1c2d:3e4f，公网2001:db8::8a2e:370:7334。ULA fd12:3456:789a::1.');
    expect(texts(found)).toEqual(['fe80::1c2d:3e4f', '2001:db8::8a2e:370:7334', 'fd12:3456:789a::1']);
    expect(found.map((f) => f.rule)).toEqual(['ip-address:private', 'ip-address', 'ip-address:private']);
  });

  it('reports an IPv4-mapped IPv6 address once', () => {
    const found = run('::ffff:192.168.1.1');
    expect(texts(found)).toEqual(['::ffff:192.168.1.1']);
    expect(found[0].rule).toBe('ip-address:private');
  });

  it('does not read times, MAC addresses or code fragments as IPv6', () => {
    expect(run('会议时间 12:30:45，网卡 00:1A:2B:3C:4D:5E')).toEqual([]);
    expect(run('a::b; std::vector; Foo::bar; dead:beef')).toEqual([]);
    expect(texts(run('回环 ::1'))).toEqual(['::1']);
  });

  it('finds full-width and zero-width variants with original offsets', () => {
    const fw = `服务器${fullWidth('192')}．${fullWidth('168')}．${fullWidth('1')}．${fullWidth('1')}`;
    expect(texts(run(fw))).toEqual([fw.slice(3)]);
    const [f] = run(`服务器${zeroWidth('10.0.0.1')}。`);
    expect(f.start).toBe(3);
    expect(f.text).toBe(zeroWidth('10.0.0.1'));
  });
});
