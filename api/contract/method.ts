// The building block of the contract: a method is a zod schema for its parameters,
// who may call it, and (as a type only) what it returns.
import type { z } from 'zod';
import type { Role } from '../../core/model';

export type Access =
  | { kind: 'public' }
  /** Any signed-in user; `roles` narrows it to holders of at least one of them. */
  | { kind: 'signed-in'; roles?: readonly Role[] };

export interface MethodSpec<P extends z.ZodType, R> {
  params: P;
  access: Access;
  /** A method that changes state must append exactly its audit entry in the same transaction. */
  mutates: boolean;
  /** Phantom: carries the result type; never set at run time. */
  readonly _result?: R;
}

export function method<R>() {
  return <P extends z.ZodType>(spec: { params: P; access: Access; mutates: boolean }): MethodSpec<P, R> => spec;
}

export const PUBLIC: Access = { kind: 'public' };
export const SIGNED_IN: Access = { kind: 'signed-in' };
export const roles = (...r: Role[]): Access => ({ kind: 'signed-in', roles: r });
