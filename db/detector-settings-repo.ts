// Stored overrides of detector defaults: department_id 0 is the whole desk, any other
// value one department. A missing row means "inherit".
import type { Severity } from '../core/model';
import type { Db } from './connection';

export const DESK_WIDE = 0;

export interface DetectorSettingRow {
  department_id: number;
  detector: string;
  enabled: 0 | 1;
  severity: Severity;
  context_window: number | null;
  options: string;
  updated_at: string;
}

/** The desk-wide rows and, when given, one department's rows. */
export function detectorSettingsFor(db: Db, departmentId: number | null): DetectorSettingRow[] {
  return db.prepare('SELECT * FROM detector_settings WHERE department_id IN (0, ?) ORDER BY department_id, detector')
    .all(departmentId ?? DESK_WIDE) as DetectorSettingRow[];
}

export function findDetectorSetting(db: Db, departmentId: number | null, detector: string): DetectorSettingRow | undefined {
  return db.prepare('SELECT * FROM detector_settings WHERE department_id = ? AND detector = ?')
    .get(departmentId ?? DESK_WIDE, detector) as DetectorSettingRow | undefined;
}

export function upsertDetectorSetting(db: Db, s: {
  departmentId: number | null; detector: string; enabled: boolean; severity: Severity; contextWindow: number | null;
  options: Record<string, unknown>; at: string;
}): void {
  db.prepare(`INSERT INTO detector_settings (department_id, detector, enabled, severity, context_window, options, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (department_id, detector) DO UPDATE SET enabled = excluded.enabled, severity = excluded.severity,
      context_window = excluded.context_window, options = excluded.options, updated_at = excluded.updated_at`)
    .run(s.departmentId ?? DESK_WIDE, s.detector, s.enabled ? 1 : 0, s.severity, s.contextWindow, JSON.stringify(s.options), s.at);
}

export function deleteDetectorSetting(db: Db, departmentId: number | null, detector: string): boolean {
  return db.prepare('DELETE FROM detector_settings WHERE department_id = ? AND detector = ?').run(departmentId ?? DESK_WIDE, detector).changes > 0;
}
