// Field schemas shared by several methods: one home for each input rule.
import { z } from 'zod';
import { ROLES } from '../../core/model';

export const id = z.number().int().positive();
export const username = z.string().trim().min(2).max(64).regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, . _ - only');
export const displayName = z.string().trim().min(1).max(64);
/** Length is checked against the desk's policy in the handler (it is configurable). */
export const password = z.string().min(1).max(256);
export const role = z.enum(ROLES);
export const roleList = z.array(role).max(ROLES.length).transform((r) => [...new Set(r)]);
export const departmentName = z.string().trim().min(1).max(100);
export const title = z.string().trim().min(1).max(300);
/** Typed drafts; imported documents come through the import pipeline. */
export const bodyText = z.string().max(2_000_000);
export const empty = z.object({}).strict();
