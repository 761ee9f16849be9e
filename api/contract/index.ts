// The whole contract between the UI and the desk: one typed map of methods.
// The renderer imports this file with `import type` only.
import type { z } from 'zod';
import { authContract } from './auth';
import { usersContract } from './users';
import { draftsContract } from './drafts';
import { auditContract } from './audit';
import { lexiconContract } from './lexicon';
import { importsContract } from './imports';
import { scansContract } from './scans';
import type { MethodSpec } from './method';
import type { ErrorInfo } from '../../core/errors';

export const contract = {
  ...authContract,
  ...usersContract,
  ...draftsContract,
  ...auditContract,
  ...lexiconContract,
  ...importsContract,
  ...scansContract,
} as const;

export type Api = typeof contract;
export type MethodName = keyof Api;
export type Params<K extends MethodName> = z.input<Api[K]['params']>;
export type ParsedParams<K extends MethodName> = z.output<Api[K]['params']>;
export type Result<K extends MethodName> = Api[K] extends MethodSpec<z.ZodType, infer R> ? R : never;
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export type * from './types';
export type { ErrorInfo };
