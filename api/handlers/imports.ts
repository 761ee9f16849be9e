// Importing a file into a draft (the job runs in the import worker, api/imports/import-queue.ts;
// these handlers start it, report on it and cancel it), and reading a revision's layers with their findings.
import { basename, extname } from 'node:path';
import { ClearanceError } from '../../core/errors';
import { DEFAULT_LIMITS } from '../../core/documents/types';
import { VISIBLE_LAYERS, type Finding, type LayerName } from '../../core/model';
import { findDraft, findRevision } from '../../db/drafts-repo';
import { latestScan, revisionDocumentInfo, revisionLayers, scanFindings } from '../../db/revisions-repo';
import type { HandlerMap } from '../handler-types';
import { requireUser } from '../handler-types';
import { sha256Hex } from '../../core/hash';
import { assertNotDuplicate } from '../imports/commit-import';
import { errors } from '../refusal';
import { assertOwnDepartment, detail, draftRefusals, sees } from './drafts';

export const importHandlers: Pick<HandlerMap, 'drafts.importFile' | 'imports.status' | 'imports.cancel' | 'drafts.revision'> = {
  'drafts.importFile': (p, ctx) => {
    const user = requireUser(ctx);
    const bytes = Buffer.from(p.contentBase64, 'base64');
    if (bytes.byteLength > DEFAULT_LIMITS.maxFileBytes) {
      throw new ClearanceError('file-too-large', `文件超过 ${DEFAULT_LIMITS.maxFileBytes / 1048576} MB 的上限。`,
        `The file exceeds the ${DEFAULT_LIMITS.maxFileBytes / 1048576} MB limit.`);
    }
    let target: { draftId: number | null; title: string; departmentId: number };
    if (p.draftId === null) {
      const departmentId = p.departmentId ?? user.departmentId;
      assertOwnDepartment(user, departmentId);
      const fromName = basename(p.fileName, extname(p.fileName)).trim().slice(0, 300);
      target = { draftId: null, title: p.title ?? (fromName || p.fileName), departmentId };
    } else {
      const d = detail(ctx.db, user, p.draftId);
      if (!d.canEdit) throw draftRefusals.notEditable();
      target = { draftId: d.id, title: d.title, departmentId: d.departmentId };
    }
    const sha256 = sha256Hex(bytes);
    assertNotDuplicate(ctx.db, target.draftId, sha256);
    return ctx.imports.start({ user, ...target, fileName: p.fileName, bytes, sha256 });
  },

  'imports.status': (p, ctx) => ctx.imports.status(p.jobId, requireUser(ctx).id),
  'imports.cancel': (p, ctx) => ctx.imports.cancel(p.jobId, requireUser(ctx).id),

  'drafts.revision': (p, ctx) => {
    const user = requireUser(ctx);
    const d = findDraft(ctx.db, p.draftId);
    if (!d || !sees(user, d)) throw errors.notFound('稿件', 'Draft');
    const rev = findRevision(ctx.db, d.id, p.number);
    if (!rev) throw errors.notFound('版本', 'Revision');
    const stored = revisionLayers(ctx.db, rev.id);
    const layers = stored.length > 0 ? stored : [{ layer: 'body' as LayerName, text: rev.body_text }];
    const scan = latestScan(ctx.db, rev.id);
    const findings = scan ? scanFindings(ctx.db, scan.id) : [];
    const byLayer = new Map<LayerName, Finding[]>();
    for (const f of findings) byLayer.set(f.layer, [...(byLayer.get(f.layer) ?? []), f]);
    const info = revisionDocumentInfo(ctx.db, rev.id);
    return {
      draftId: d.id, number: rev.number, source: rev.source, fileName: rev.file_name, format: rev.format,
      fileSha256: rev.file_sha256, contentHash: rev.content_hash, createdAt: rev.created_at, createdBy: rev.created_by_name,
      layers: layers.map((l) => ({ ...l, hidden: !VISIBLE_LAYERS.includes(l.layer), findings: byLayer.get(l.layer) ?? [] })),
      metadata: info ? JSON.parse(info.metadata) : {},
      images: info ? JSON.parse(info.images) : [],
      warnings: info ? JSON.parse(info.warnings) : [],
      lexiconVersion: scan ? String(scan.lexicon_version) : null,
      scannedAt: scan?.created_at ?? null,
    };
  },
};
