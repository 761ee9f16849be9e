import type { Db } from './connection';

export interface DepartmentRow { id: number; name: string; created_at: string }

export function listDepartments(db: Db): DepartmentRow[] {
  return db.prepare('SELECT * FROM departments ORDER BY name').all() as DepartmentRow[];
}

export function findDepartment(db: Db, id: number): DepartmentRow | undefined {
  return db.prepare('SELECT * FROM departments WHERE id = ?').get(id) as DepartmentRow | undefined;
}

export function findDepartmentByName(db: Db, name: string): DepartmentRow | undefined {
  return db.prepare('SELECT * FROM departments WHERE name = ?').get(name) as DepartmentRow | undefined;
}

export function insertDepartment(db: Db, name: string, createdAt: string): number {
  return Number(db.prepare('INSERT INTO departments (name, created_at) VALUES (?, ?)').run(name, createdAt).lastInsertRowid);
}

export function renameDepartment(db: Db, id: number, name: string): void {
  db.prepare('UPDATE departments SET name = ? WHERE id = ?').run(name, id);
}
