// Safe zip reading for docx and ofd. A zip is the easiest container to weaponise
// (bombs, lying headers, traversal names), so every limit is checked twice: on
// the central directory before anything is inflated, and again on the bytes that
// actually come out of the inflater, because headers can lie.

import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { ClearanceError } from '../errors';
import type { ExtractionLimits } from './types';
import { checkBudget, type Budget } from './budget';

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export interface ZipArchive {
  entries: ZipEntryInfo[];
  has(name: string): boolean;
  /** Inflates only the entries the predicate selects, so memory stays bounded by what we use. */
  read(want: (name: string) => boolean): Promise<Map<string, Buffer>>;
  /** Inflates one entry; for walking many large entries one at a time. */
  readEntry(name: string): Promise<Buffer | undefined>;
  close(): void;
}

/** Below this size a high ratio cannot hurt us, and small repetitive XML parts legitimately compress well. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

const bomb = (zh: string, en: string) =>
  new ClearanceError('zip-bomb', `压缩包解压后过大或压缩比异常（${zh}），已拒绝。`, `Archive expands too much (${en}); refused.`);
const corrupt = (zh: string, en = zh) =>
  new ClearanceError('corrupt-file', `文件已损坏，无法读取（${zh}）。`, `The file is corrupt and cannot be read (${en}).`);
const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;

/** True for names that could escape an extraction folder or mean different files on different systems. */
export function isUnsafeEntryName(name: string): boolean {
  if (name.length === 0 || name.includes('\0') || name.includes('\\')) return true;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return true;
  return name.split('/').some((seg) => seg === '..');
}

function decodeName(raw: Buffer | string, utf8Flag: boolean): string {
  if (typeof raw === 'string') return raw;
  if (utf8Flag) return raw.toString('utf8');
  // Legacy zips carry CP437 or local code pages; for the ASCII part names we care about, latin1 is exact.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return raw.toString('latin1');
  }
}

function mapYauzlError(err: Error): ClearanceError {
  if (err instanceof ClearanceError) return err;
  const m = err.message || '';
  if (/end of central directory record signature not found/i.test(m)) {
    return new ClearanceError('not-a-zip', '文件不是有效的压缩包格式（扩展名与内容不符或已损坏）。', 'The file is not a valid zip archive (wrong extension or corrupt).');
  }
  // yauzl's own size check: more output than the header declared is the lying-header bomb.
  if (/too many bytes in the stream/i.test(m)) return bomb('实际大小超过声明', 'actual size exceeds header');
  return corrupt(m.slice(0, 200));
}

function openBuffer(buf: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    try {
      yauzl.fromBuffer(
        buf,
        { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true, strictFileNames: false },
        (err, zf) => (err || !zf ? reject(mapYauzlError(err ?? new Error('no zipfile'))) : resolve(zf)),
      );
    } catch (e) {
      reject(mapYauzlError(e as Error));
    }
  });
}

function listEntries(zf: ZipFile, limits: ExtractionLimits, budget: Budget): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const out: Entry[] = [];
    let failed = false;
    const fail = (e: ClearanceError) => {
      if (failed) return;
      failed = true;
      reject(e);
    };
    // The declared count comes from the end record; refuse before walking a huge directory.
    if (zf.entryCount > limits.maxZipEntries) {
      fail(new ClearanceError('zip-too-many-entries', `压缩包条目数 ${zf.entryCount} 超过上限 ${limits.maxZipEntries}。`, `Archive has ${zf.entryCount} entries, over the limit of ${limits.maxZipEntries}.`));
      return;
    }
    zf.on('entry', (entry: Entry) => {
      if (failed) return;
      try {
        checkBudget(budget);
      } catch (e) {
        fail(e as ClearanceError);
        return;
      }
      out.push(entry);
      if (out.length > limits.maxZipEntries) {
        fail(new ClearanceError('zip-too-many-entries', `压缩包条目数超过上限 ${limits.maxZipEntries}。`, `Archive has more than ${limits.maxZipEntries} entries.`));
        return;
      }
      zf.readEntry();
    });
    zf.on('end', () => !failed && resolve(out));
    zf.on('error', (err: Error) => fail(mapYauzlError(err)));
    zf.readEntry();
  });
}

export async function openZip(bytes: Uint8Array, limits: ExtractionLimits, budget: Budget): Promise<ZipArchive> {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zf = await openBuffer(buf);
  let raw: Entry[];
  try {
    raw = await listEntries(zf, limits, budget);
  } catch (e) {
    zf.close();
    throw e;
  }
  const byName = new Map<string, Entry>();
  let declaredTotal = 0;
  let compressedTotal = 0;
  try {
    for (const entry of raw) {
      const name = decodeName(entry.fileName as unknown as Buffer | string, (entry.generalPurposeBitFlag & 0x800) !== 0);
      if (isUnsafeEntryName(name)) {
        throw new ClearanceError('zip-path-traversal', `压缩包含有不安全的路径名“${name.slice(0, 80)}”，已拒绝。`, `Archive contains an unsafe entry name "${name.slice(0, 80)}"; refused.`);
      }
      if (entry.isEncrypted()) {
        throw new ClearanceError('zip-encrypted', '压缩包含有加密条目，无法审查，请提供未加密的文件。', 'Archive contains encrypted entries and cannot be reviewed; provide an unencrypted file.');
      }
      if (byName.has(name)) throw corrupt(`重复条目 ${name.slice(0, 80)}`, `duplicate entry ${name.slice(0, 80)}`);
      declaredTotal += entry.uncompressedSize;
      if (declaredTotal > limits.maxUncompressedBytes) throw bomb(`声明解压总大小超过 ${mb(limits.maxUncompressedBytes)}`, `declared total over ${mb(limits.maxUncompressedBytes)}`);
      if (entry.uncompressedSize > RATIO_FLOOR_BYTES && entry.uncompressedSize / Math.max(entry.compressedSize, 1) > limits.maxCompressionRatio) {
        throw bomb(`${name.slice(0, 80)} 压缩比超过 ${limits.maxCompressionRatio}:1`, `${name.slice(0, 80)} ratio over ${limits.maxCompressionRatio}:1`);
      }
      byName.set(name, entry);
      compressedTotal += entry.compressedSize;
    }
    // Many entries each just under the per-entry floor add up to the same bomb.
    if (declaredTotal > RATIO_FLOOR_BYTES && declaredTotal / Math.max(compressedTotal, 1) > limits.maxCompressionRatio) {
      throw bomb(`整体压缩比超过 ${limits.maxCompressionRatio}:1`, `overall ratio over ${limits.maxCompressionRatio}:1`);
    }
  } catch (e) {
    zf.close();
    throw e;
  }

  let inflatedTotal = 0;
  const readOne = (name: string, entry: Entry): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      zf.openReadStream(entry, (err, stream) => {
        if (err || !stream) {
          reject(mapYauzlError(err ?? new Error('no stream')));
          return;
        }
        const chunks: Buffer[] = [];
        let got = 0;
        let done = false;
        const abort = (e: ClearanceError) => {
          if (done) return;
          done = true;
          stream.destroy();
          reject(e);
        };
        stream.on('data', (chunk: Buffer) => {
          if (done) return;
          got += chunk.length;
          inflatedTotal += chunk.length;
          // Count real output: a header that understates the size must not become a bomb.
          if (got > entry.uncompressedSize) return abort(bomb(`${name.slice(0, 80)} 实际大小超过声明`, `${name.slice(0, 80)} actual size exceeds header`));
          if (inflatedTotal > limits.maxUncompressedBytes) return abort(bomb(`实际解压总量超过 ${mb(limits.maxUncompressedBytes)}`, `inflated total over ${mb(limits.maxUncompressedBytes)}`));
          if (got > RATIO_FLOOR_BYTES && got / Math.max(entry.compressedSize, 1) > limits.maxCompressionRatio) {
            return abort(bomb(`${name.slice(0, 80)} 压缩比超过 ${limits.maxCompressionRatio}:1`, `${name.slice(0, 80)} ratio over ${limits.maxCompressionRatio}:1`));
          }
          try {
            checkBudget(budget);
          } catch (e) {
            return abort(e as ClearanceError);
          }
          chunks.push(chunk);
        });
        stream.on('error', (e: Error) => abort(mapYauzlError(e)));
        stream.on('end', () => {
          if (done) return;
          done = true;
          resolve(Buffer.concat(chunks, got));
        });
      });
    });

  return {
    entries: [...byName].map(([name, e]) => ({ name, compressedSize: e.compressedSize, uncompressedSize: e.uncompressedSize })),
    has: (name) => byName.has(name),
    async read(want) {
      const out = new Map<string, Buffer>();
      for (const [name, entry] of byName) {
        if (name.endsWith('/') || !want(name)) continue;
        checkBudget(budget);
        out.set(name, await readOne(name, entry));
      }
      return out;
    },
    async readEntry(name) {
      const entry = byName.get(name);
      if (!entry || name.endsWith('/')) return undefined;
      checkBudget(budget);
      return readOne(name, entry);
    },
    close: () => zf.close(),
  };
}
