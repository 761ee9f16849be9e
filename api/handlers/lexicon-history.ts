// Past lexicon versions: the list, and one version's content as a file. The content is
// rebuilt from what is stored (a full text, or the nearest one before it plus deltas) and
// used only after the rebuilt full text's SHA-256 checks out against the version's
// recorded hash and the one the audit chain recorded, so an export years later shows
// what the scans of that version really used.
import { ClearanceError } from '../../core/errors';
import { sha256Hex } from '../../core/hash';
import { exportAllowRows, exportRows } from '../../core/lexicon/export';
import { tampered } from '../../core/lexicon/snapshot';
import { openVersion } from '../../core/lexicon/snapshot-delta';
import { currentVersion, listVersions, type VersionRow } from '../../db/lexicon-repo';
import { auditedSnapshotHashes, storedVersion } from '../../db/lexicon-snapshots';
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
    const stored = storedVersion(ctx.db, p.version);
    if (!stored) throw errors.notFound(`词库版本 ${p.version}`, `Lexicon version ${p.version}`);
    const audited = auditedSnapshotHashes(ctx.db, p.version);
    // The audit chain recorded this version's content hash, so its content was kept: gone now, it was removed.
    if (stored.length === 0 && audited.length > 0) throw tampered(p.version);
    if (stored.length === 0) {
      throw new ClearanceError('lexicon-snapshot-missing',
        `第 ${p.version} 版词库早于版本内容存档（升级前的版本只记录了编号），无法导出其内容。`,
        `Lexicon version ${p.version} predates kept version content (only its number was recorded); its content cannot be exported.`);
    }
    const snapshot = openVersion(p.version, stored, audited);
    const { sha256 } = stored[stored.length - 1];
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
      list: p.list, format: p.format, departmentId, rows, snapshotSha256: sha256, sha256: sha256Hex(bytes),
    });
    const fileName = exportFileName(ctx.db, p.list === 'terms' ? '词库' : '例外短语', departmentId, p.version, p.format);
    return { fileName, contentBase64: bytes.toString('base64'), rows, version: p.version, sha256 };
  },
};
