// Users, their roles and departments.
import type { Role } from '../core/model';
import type { Db } from './connection';

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  department_id: number | null;
  department_name: string | null;
  password_hash: string;
  disabled: number;
  failed_sign_ins: number;
  locked_until: string | null;
  public_key: string;
  private_key_sealed: string;
  created_at: string;
  roles: Role[];
}

const SELECT_USER = `SELECT u.*, d.name AS department_name,
  (SELECT group_concat(role) FROM user_roles r WHERE r.user_id = u.id) AS role_list
  FROM users u LEFT JOIN departments d ON d.id = u.department_id`;

type RawUser = Omit<UserRow, 'roles'> & { role_list: string | null };

function toUser(raw: RawUser | undefined): UserRow | undefined {
  if (!raw) return undefined;
  const { role_list, ...rest } = raw;
  return { ...rest, roles: role_list ? (role_list.split(',').sort() as Role[]) : [] };
}

export function countUsers(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function findUserById(db: Db, id: number): UserRow | undefined {
  return toUser(db.prepare(`${SELECT_USER} WHERE u.id = ?`).get(id) as RawUser | undefined);
}

export function findUserByName(db: Db, username: string): UserRow | undefined {
  return toUser(db.prepare(`${SELECT_USER} WHERE u.username = ? COLLATE NOCASE`).get(username) as RawUser | undefined);
}

export function listUsers(db: Db): UserRow[] {
  return (db.prepare(`${SELECT_USER} ORDER BY u.username`).all() as RawUser[]).map((r) => toUser(r)!);
}

export interface NewUser {
  username: string;
  displayName: string;
  departmentId: number | null;
  passwordHash: string;
  publicKey: string;
  sealedPrivateKey: string;
  roles: Role[];
  createdAt: string;
}

export function insertUser(db: Db, u: NewUser): number {
  const { lastInsertRowid } = db.prepare(`INSERT INTO users
    (username, display_name, department_id, password_hash, public_key, private_key_sealed, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(u.username, u.displayName, u.departmentId, u.passwordHash, u.publicKey, u.sealedPrivateKey, u.createdAt);
  const id = Number(lastInsertRowid);
  setRoles(db, id, u.roles);
  return id;
}

export function setRoles(db: Db, userId: number, roles: readonly Role[]): void {
  db.prepare('DELETE FROM user_roles WHERE user_id = ?').run(userId);
  const add = db.prepare('INSERT INTO user_roles (user_id, role) VALUES (?, ?)');
  for (const r of roles) add.run(userId, r);
}

export function setDepartment(db: Db, userId: number, departmentId: number | null): void {
  db.prepare('UPDATE users SET department_id = ? WHERE id = ?').run(departmentId, userId);
}

export function setDisabled(db: Db, userId: number, disabled: boolean): void {
  db.prepare('UPDATE users SET disabled = ? WHERE id = ?').run(disabled ? 1 : 0, userId);
}

export function recordFailedSignIn(db: Db, userId: number, lockedUntil: string | null): void {
  db.prepare('UPDATE users SET failed_sign_ins = failed_sign_ins + 1, locked_until = coalesce(?, locked_until) WHERE id = ?')
    .run(lockedUntil, userId);
}

export function clearFailedSignIns(db: Db, userId: number): void {
  db.prepare('UPDATE users SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?').run(userId);
}

export function setCredentials(db: Db, userId: number, passwordHash: string, publicKey: string, sealedPrivateKey: string): void {
  db.prepare(`UPDATE users SET password_hash = ?, public_key = ?, private_key_sealed = ?, failed_sign_ins = 0, locked_until = NULL
              WHERE id = ?`).run(passwordHash, publicKey, sealedPrivateKey, userId);
}
