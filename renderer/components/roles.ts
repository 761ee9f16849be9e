// Which menu entries a role sees. Cosmetic only: the desk checks every call itself.
import type { Role } from '../../core/model';

export const ALL_ROLES: readonly Role[] = [
  'liaison', 'section-head', 'reviewer', 'leader', 'secrecy-officer', 'archivist', 'admin',
];

export type Section = 'drafts' | 'lexicon' | 'try' | 'users' | 'departments' | 'audit' | 'password';

const SECTION_ROLES: Record<Section, readonly Role[] | 'all'> = {
  drafts: ['liaison', 'section-head', 'reviewer', 'leader', 'secrecy-officer', 'archivist'],
  // Reviewers and their chain need to know what is flagged and why; the secrecy office edits.
  lexicon: ['secrecy-officer', 'reviewer', 'section-head', 'leader', 'archivist'],
  // A liaison checks a text before writing it into a draft (the others have it in the library screen).
  try: ['liaison'],
  users: ['admin'],
  departments: ['admin'],
  audit: ['archivist', 'admin'],
  password: 'all',
};

export function sectionsFor(roles: readonly Role[]): Section[] {
  return (Object.keys(SECTION_ROLES) as Section[]).filter((s) => {
    const allowed = SECTION_ROLES[s];
    return allowed === 'all' || allowed.some((r) => roles.includes(r));
  });
}
