// `clearance scan FILE... [--json] [--terms FILE]`
//
// Reads each file through the document extractors, scans every layer with the
// term library (the starter library, or the list given with --terms) and the
// detectors. With --json: one JSON line per file, as DESIGN.md specifies; without:
// a readable report with each hit in context, coloured on a terminal. Exit 0 when
// every file was read (whatever was found), 1 when one could not be read (its line
// carries the error object), 2 for a usage or --terms error. Never a stack trace.

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { extractDocument } from '../../core/documents/index';
import { DEFAULT_LIMITS } from '../../core/documents/types';
import type { ExtractedDocument } from '../../core/documents/types';
import { ClearanceError, isClearanceError } from '../../core/errors';
import { sha256Hex } from '../../core/hash';
import type { ErrorInfo } from '../../core/errors';
import type { Finding } from '../../core/model';
import { createEngine, scanDocument } from '../../core/scan/index';
import { STARTER_LIBRARY } from '../../core/terms/starter-library';
import type { TermLibrary } from '../../core/terms/library';
import { parseTermsFile } from './scan-terms';
import { formatReport } from './scan-report';

interface Out {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `用法 / Usage: clearance scan FILE... [--json] [--terms FILE]
  --json        每个文件输出一行 JSON / one JSON line per file
  --terms FILE  使用此词表代替内置词库 / use this term list instead of the starter library
                每行一个词，或 “词<TAB>类别<TAB>级别” / one term per line, or term<TAB>category<TAB>severity
`;

export async function scanCommand(args: string[], out: Out): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, terms: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    out.stderr.write(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    out.stdout.write(USAGE);
    return 0;
  }
  if (files.length === 0) {
    out.stderr.write(`未指定文件 / no file given\n\n${USAGE}`);
    return 2;
  }
  const json = values.json === true;

  let library: TermLibrary = STARTER_LIBRARY;
  if (values.terms !== undefined) {
    try {
      library = await loadTerms(values.terms);
    } catch (e) {
      writeError(out, json, values.terms, errorInfo(e));
      return 2;
    }
  }
  const engine = createEngine({ library });
  const color = !json && (out.stdout as { isTTY?: boolean }).isTTY === true && !process.env.NO_COLOR;

  let failed = 0;
  for (const file of files) {
    try {
      const doc = await readDocument(file);
      const findings = scanDocument(doc, engine);
      out.stdout.write(json ? `${JSON.stringify(resultLine(file, doc, findings))}\n` : formatReport(file, doc, findings, color));
    } catch (e) {
      failed++;
      writeError(out, json, file, errorInfo(e));
    }
  }
  return failed > 0 ? 1 : 0;
}

async function loadTerms(path: string): Promise<TermLibrary> {
  const bytes = await readBytes(path);
  const terms = parseTermsFile(bytes);
  const digest = sha256Hex(bytes).slice(0, 12);
  return { version: `terms-file:${digest}`, terms, allow: [] };
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new ClearanceError('not-a-file', `“${path}” 不是文件。`, `"${path}" is not a file.`);
    }
    // Refuse before reading a huge file into memory; the extractor repeats the check.
    if (info.size > DEFAULT_LIMITS.maxFileBytes) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      throw new ClearanceError('file-too-large', `文件大小 ${mb(info.size)} MB 超过上限 ${mb(DEFAULT_LIMITS.maxFileBytes)} MB。`, `File is ${mb(info.size)} MB, over the ${mb(DEFAULT_LIMITS.maxFileBytes)} MB limit.`);
    }
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if (isClearanceError(e)) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new ClearanceError('file-not-found', `找不到文件“${path}”。`, `File not found: "${path}".`);
    if (code === 'EACCES' || code === 'EPERM') throw new ClearanceError('file-unreadable', `没有读取“${path}”的权限。`, `No permission to read "${path}".`);
    throw new ClearanceError('file-unreadable', `无法读取文件“${path}”（${code ?? 'error'}）。`, `Cannot read "${path}" (${code ?? 'error'}).`);
  }
}

async function readDocument(path: string): Promise<ExtractedDocument> {
  return extractDocument(await readBytes(path), basename(path));
}

function resultLine(file: string, doc: ExtractedDocument, findings: Finding[]) {
  return {
    file,
    format: doc.format,
    layers: doc.layers.map((l) => ({ layer: l.layer, chars: l.text.length })),
    findings: findings.map((f) => ({
      layer: f.layer, start: f.start, end: f.end, text: f.text, category: f.category, severity: f.severity, rule: f.rule,
      ...(f.confidence !== undefined ? { confidence: f.confidence } : {}),
      ...(f.rationale !== undefined ? { rationale: f.rationale } : {}),
    })),
  };
}

function errorInfo(e: unknown): ErrorInfo {
  if (isClearanceError(e)) return e.toInfo();
  const detail = e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200);
  return { code: 'internal', message: `内部错误：${detail}`, messageEn: `Internal error: ${detail}` };
}

function writeError(out: Out, json: boolean, file: string, error: ErrorInfo): void {
  const line = `${JSON.stringify({ file, error })}\n`;
  if (json) out.stdout.write(line);
  else out.stderr.write(`无法读取 ${file}：${error.message}\n${line}`);
}

