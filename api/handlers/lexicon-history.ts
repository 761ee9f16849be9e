// Past lexicon versions: the list, and one version's content as a file. The content
// comes from the version's stored snapshot and is used only after its SHA-256 checks
// out against the stored hash and the one the audit chain recorded, so an export years
// later shows what the scans of that version really used.
import { ClearanceError } from '../../core/errors';
import { sha256Hex } from '../../core/hash';
import { exportAllowRows, exportRows } from '../../core/lexicon/export';
import { openSnapshot } from '../../core/lexicon/snapshot';
import { auditedSnapshotHashes, currentVersion, findVersion, listVersions, storedSnapshot, type VersionRow } from '../../db/lexicon-repo';
import type { LexiconVersionInfo } from '../contract/lexicon';
import type { HandlerMap } from '../handler-types';
import { requireUser } from '../handler-types';
import { errors } from '../refusal';
import { assertMayRead, checkDepartment, seesAllDepartments } from './lexicon-access';
import { exportFileName } from './lexicon-import';

function toVersionInfo(v: VersionRow, showSummary: boolean): LexiconVersionInfo {
  return {
    version: v.version, createdAt: v.created_at, actor: v.actor, summary: showSummary ? v.summary : null,
    sha256: v.sha256, termCount: v.term_count, phraseCount: v.phrase_count,
  };
}

export const lexiconHistoryHandlers: Pick<HandlerMap, 'lexicon.versions' | 'lexicon.exportVersion'> = {
  'lexicon.versions': (p, ctx) => {
    const page = listVersions(ctx.db, p.limit, p.offset);
    const showSummary = seesAllDepartments(requireUser(ctx));
    return { current: currentVersion(ctx.db), total: page.total, versions: page.rows.map((v) => toVersionInfo(v, showSummary)) };
  },

  'lexicon.exportVersion': (p, ctx) => {
    const departmentId = p.departmentId ?? null;
    assertMayRead(requireUser(ctx), departmentId);
    checkDepartment(ctx.db, departmentId);
    if (!findVersion(ctx.db, p.version)) throw errors.notFound(`词库版本 ${p.version}`, `Lexicon version ${p.version}`);
    const stored = storedSnapshot(ctx.db, p.version);
    if (!stored) {
      throw new ClearanceError('lexicon-snapshot-missing',
        `第 ${p.version} 版词库早于版本内容存档（升级前的版本只记录了编号），无法导出其内容。`,
        `Lexicon version ${p.version} predates kept version content (only its number was recorded); its content cannot be exported.`);
    }
    const snapshot = openSnapshot(p.version, stored, auditedSnapshotHashes(ctx.db, p.version));
    let bytes: Buffer;
    let rows: number;
    if (p.list === 'terms') {
      const terms = snapshot.terms.filter((t) => t.departmentId === departmentId);
      bytes = exportRows(terms, p.format, ctx.now);
      rows = terms.length;
    } else {
      const phrases = snapshot.allow.filter((a) => a.departmentId === departmentId);
      bytes = exportAllowRows(phrases, p.format, ctx.now);
      rows = phrases.length;
    }
    ctx.audit('lexicon.export-version', `lexicon:${p.version}`, {
      list: p.list, format: p.format, departmentId, rows, snapshotSha256: stored.sha256, sha256: sha256Hex(bytes),
    });
    const fileName = exportFileName(ctx.db, p.list === 'terms' ? '词库' : '例外短语', departmentId, p.version, p.format);
    return { fileName, contentBase64: bytes.toString('base64'), rows, version: p.version, sha256: stored.sha256 };
  },
};
