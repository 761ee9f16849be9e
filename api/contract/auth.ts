import { z } from 'zod';
import { method, PUBLIC, SIGNED_IN } from './method';
import { displayName, empty, password, username } from './fields';
import type { SessionUser } from './types';

export const authContract = {
  /** Whether the desk still needs its first administrator. */
  'setup.status': method<{ needsSetup: boolean }>()({ params: empty, access: PUBLIC, mutates: false }),
  /** First run only: creates the first admin; refused once any user exists. */
  'setup.createAdmin': method<SessionUser>()({
    params: z.object({ username, displayName, password }).strict(), access: PUBLIC, mutates: true,
  }),
  'auth.signIn': method<SessionUser>()({
    params: z.object({ username: z.string().max(64), password }).strict(), access: PUBLIC, mutates: true,
  }),
  'auth.signOut': method<{ signedOut: true }>()({ params: empty, access: SIGNED_IN, mutates: true }),
  /** The signed-in user of this window, or null. */
  'auth.me': method<SessionUser | null>()({ params: empty, access: PUBLIC, mutates: false }),
  'auth.changePassword': method<{ changed: true }>()({
    params: z.object({ oldPassword: password, newPassword: password }).strict(), access: SIGNED_IN, mutates: true,
  }),
};
