// A minimal synchronous zip reader and writer, just enough for xlsx term lists.
// Synchronous because the desk's handlers are (a better-sqlite3 transaction cannot span
// an await), and exceljs and yauzl only offer promises. The reader checks the central
// directory before inflating anything and bounds every inflate by its declared size,
// because a zip is the easiest container to turn into a bomb.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { ClearanceError } from '../errors';

export interface ZipReadLimits {
  maxEntries: number;
  /** Total bytes the selected entries may expand to. */
  maxExpandedBytes: number;
}

const corrupt = (detail: string) => new ClearanceError('xlsx-corrupt',
  `xlsx 文件已损坏或不是有效的 Excel 文件（${detail}），未导入任何内容。`,
  `The xlsx file is corrupt or not a valid Excel file (${detail}); nothing was imported.`);

const bomb = () => new ClearanceError('zip-bomb',
  'xlsx 文件解压后过大，已拒绝。', 'The xlsx file expands to too much data; refused.');

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface CentralEntry { name: string; method: number; flags: number; crc: number; csize: number; usize: number; offset: number }

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw corrupt('no central directory');
}

function centralDirectory(buf: Buffer, maxEntries: number): CentralEntry[] {
  const eocd = findEocd(buf);
  const count = buf.readUInt16LE(eocd + 10);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw corrupt('zip64 is not supported');
  if (count > maxEntries) throw bomb();
  const entries: CentralEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw corrupt('bad central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      flags: buf.readUInt16LE(p + 8), method: buf.readUInt16LE(p + 10), crc: buf.readUInt32LE(p + 16), csize: buf.readUInt32LE(p + 20),
      usize: buf.readUInt32LE(p + 24), offset: buf.readUInt32LE(p + 42), name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function inflateEntry(buf: Buffer, e: CentralEntry): Buffer {
  if (e.flags & 1) throw corrupt('encrypted entry');
  const p = e.offset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) throw corrupt(`bad local header for ${e.name}`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + e.csize);
  if (data.length !== e.csize) throw corrupt(`truncated entry ${e.name}`);
  if (e.method !== 0 && e.method !== 8) throw corrupt(`unsupported compression in ${e.name}`);
  try {
    // The declared size bounds the output: a header that lies cannot make us inflate more.
    const out = e.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, e.usize) });
    if (out.length !== e.usize) throw corrupt(`size mismatch in ${e.name}`);
    // A damaged file is refused here rather than read as some other list.
    if (crc32(out) !== e.crc) throw corrupt(`checksum mismatch in ${e.name}`);
    return out;
  } catch (err) {
    if (err instanceof ClearanceError) throw err;
    if (err instanceof RangeError) throw bomb();
    throw corrupt(`cannot inflate ${e.name}`);
  }
}

/** The named entries that exist in the archive, inflated. */
export function readZipEntries(bytes: Uint8Array, names: readonly string[], limits: ZipReadLimits): Map<string, Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 22) throw corrupt('file too short');
  const wanted = centralDirectory(buf, limits.maxEntries).filter((e) => names.includes(e.name));
  const total = wanted.reduce((n, e) => n + e.usize, 0);
  if (total > limits.maxExpandedBytes) throw bomb();
  const out = new Map<string, Buffer>();
  for (const e of wanted) out.set(e.name, inflateEntry(buf, e));
  return out;
}

let crcTable: Int32Array | undefined;
function crc32(data: Buffer): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let c = -1;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** A deflated zip of the given files, in order. */
export function writeZip(files: ReadonlyArray<{ name: string; data: Buffer }>, when = new Date(Date.UTC(2020, 0, 1))): Buffer {
  const dosTime = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const dosDate = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const packed = deflateRawSync(f.data);
    const crc = crc32(f.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(8, 8);
    local.writeUInt16LE(dosTime, 10); local.writeUInt16LE(dosDate, 12); local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(f.data.length, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10); central.writeUInt16LE(dosTime, 12); central.writeUInt16LE(dosDate, 14); central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(f.data.length, 24); central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
