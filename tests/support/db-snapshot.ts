// A cheap fingerprint of every table's rows, to show a refused call changed nothing.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { databasePath } from '../../db/connection';

/** The audit chain's tables: a refusal adds to them (call.refused) and to nothing else. */
export const AUDIT_TABLES = ['audit_log', 'audit_head'];

/** `except`: tables left out, e.g. AUDIT_TABLES to check a refusal changed nothing else. */
export function dbFingerprint(dataDir: string, except: readonly string[] = []): string {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[])
      .map((t) => t.name).filter((t) => !except.includes(t));
    const h = createHash('sha256');
    for (const t of tables) h.update(t).update(JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()));
    return h.digest('hex');
  } finally {
    db.close();
  }
}

export function auditActions(dataDir: string): string[] {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return (db.prepare('SELECT action FROM audit_log ORDER BY seq').all() as { action: string }[]).map((r) => r.action);
  } finally {
    db.close();
  }
}

/** The parsed details of every audit entry with this action, oldest first. */
export function auditDetails(dataDir: string, action: string): Array<Record<string, unknown>> {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return (db.prepare('SELECT details FROM audit_log WHERE action = ? ORDER BY seq').all(action) as { details: string }[])
      .map((r) => JSON.parse(r.details) as Record<string, unknown>);
  } finally {
    db.close();
  }
}
