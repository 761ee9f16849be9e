// Per-department detector settings: defaults (from each detector) ← desk-wide
// overrides ← the department's overrides. Not part of the lexicon version, but
// every change is audited, and the scan engine reads them on each build.
import { ClearanceError } from '../../core/errors';
import { DETECTORS, detectorById, resolveSettings } from '../../core/detectors/index';
import type { Detector, DetectorConfig, DetectorId, DetectorSettings } from '../../core/detectors/types';
import type { Db } from '../../db/connection';
import { findDepartment } from '../../db/departments-repo';
import {
  deleteDetectorSetting, detectorSettingsFor, findDetectorSetting, upsertDetectorSetting, type DetectorSettingRow,
} from '../../db/detector-settings-repo';
import type { DetectorSettingView } from '../contract/lexicon';
import type { HandlerMap } from '../handler-types';
import { errors } from '../refusal';

type Options = Record<string, number | boolean | string>;

function parseOptions(json: string): Options {
  try {
    const o = JSON.parse(json) as unknown;
    return o && typeof o === 'object' && !Array.isArray(o) ? (o as Options) : {};
  } catch {
    return {};
  }
}

function fromRow(d: Detector, row: DetectorSettingRow | undefined): DetectorSettings | null {
  if (!row) return null;
  return {
    enabled: row.enabled === 1, severity: row.severity,
    contextWindow: row.context_window ?? d.defaultContextWindow,
    options: { ...(d.defaultOptions ?? {}), ...parseOptions(row.options) },
  };
}

/** One stored layer as the partial overlay resolveSettings takes. */
function overlay(row: DetectorSettingRow | undefined): Partial<DetectorSettings> {
  if (!row) return {};
  const o: Partial<DetectorSettings> = { enabled: row.enabled === 1, severity: row.severity, options: parseOptions(row.options) };
  if (row.context_window !== null) o.contextWindow = row.context_window;
  return o;
}

function merge(a: Partial<DetectorSettings>, b: Partial<DetectorSettings>): Partial<DetectorSettings> {
  return { ...a, ...b, options: { ...(a.options ?? {}), ...(b.options ?? {}) } };
}

function views(db: Db, departmentId: number | null): DetectorSettingView[] {
  const rows = detectorSettingsFor(db, departmentId);
  return DETECTORS.map((d) => {
    const desk = rows.find((r) => r.department_id === 0 && r.detector === d.id);
    const dept = departmentId === null ? undefined : rows.find((r) => r.department_id === departmentId && r.detector === d.id);
    return {
      detector: d.id, label: d.label, defaults: resolveSettings(d), deskWide: fromRow(d, desk),
      department: departmentId === null ? null : fromRow(d, dept),
      effective: resolveSettings(d, merge(overlay(desk), overlay(dept))),
    };
  });
}

/** The detector configuration a scan for this department uses. */
export function detectorConfigFor(db: Db, departmentId: number | null): DetectorConfig {
  const config: DetectorConfig = {};
  for (const v of views(db, departmentId)) config[v.detector] = v.effective;
  return config;
}

function viewOf(db: Db, departmentId: number | null, detector: DetectorId): DetectorSettingView {
  return views(db, departmentId).find((v) => v.detector === detector)!;
}

/** Options must be ones the detector knows, of the type of its default. */
function checkOptions(d: Detector, options: Options): void {
  const defaults = d.defaultOptions ?? {};
  for (const [k, v] of Object.entries(options)) {
    if (!(k in defaults) || typeof defaults[k] !== typeof v) {
      const known = Object.keys(defaults).join(', ') || '—';
      throw new ClearanceError('bad-detector-option', `检测项“${d.label.zh}”没有选项“${k}”或其取值类型不对（可用：${known}）。`,
        `The detector "${d.label.en}" has no option "${k}" or the value has the wrong type (known: ${known}).`);
    }
  }
}

function checkDepartment(db: Db, departmentId: number | null): void {
  if (departmentId !== null && !findDepartment(db, departmentId)) throw errors.notFound('部门', 'Department');
}

function detectorOf(id: DetectorId): Detector {
  const d = detectorById(id);
  if (!d) throw errors.notFound('检测项', 'Detector');
  return d;
}

export const detectorSettingHandlers: Pick<HandlerMap, 'detectors.settings' | 'detectors.saveSetting' | 'detectors.resetSetting'> = {
  'detectors.settings': (p, ctx) => {
    const departmentId = p.departmentId ?? null;
    checkDepartment(ctx.db, departmentId);
    return { departmentId, detectors: views(ctx.db, departmentId) };
  },

  'detectors.saveSetting': (p, ctx) => {
    checkDepartment(ctx.db, p.departmentId);
    const d = detectorOf(p.detector);
    const options = p.options ?? {};
    checkOptions(d, options);
    const before = findDetectorSetting(ctx.db, p.departmentId, p.detector);
    upsertDetectorSetting(ctx.db, {
      departmentId: p.departmentId, detector: p.detector, enabled: p.enabled, severity: p.severity,
      contextWindow: p.contextWindow ?? null, options, at: ctx.now.toISOString(),
    });
    ctx.audit('detectors.save-setting', `detector:${p.detector}`, {
      departmentId: p.departmentId,
      from: before ? { enabled: before.enabled === 1, severity: before.severity, contextWindow: before.context_window, options: parseOptions(before.options) } : null,
      to: { enabled: p.enabled, severity: p.severity, contextWindow: p.contextWindow ?? null, options },
    });
    return viewOf(ctx.db, p.departmentId, p.detector);
  },

  'detectors.resetSetting': (p, ctx) => {
    checkDepartment(ctx.db, p.departmentId);
    detectorOf(p.detector);
    if (!deleteDetectorSetting(ctx.db, p.departmentId, p.detector)) {
      throw new ClearanceError('no-change', '该检测项没有单独设置，无需恢复。', 'This detector has no stored override; nothing to reset.');
    }
    ctx.audit('detectors.reset-setting', `detector:${p.detector}`, { departmentId: p.departmentId });
    return viewOf(ctx.db, p.departmentId, p.detector);
  },
};
