import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../../db/migrations';

describe('migrations', () => {
  it('each migration has a test of its own beside this file', () => {
    for (const m of loadMigrations()) {
      const name = `${String(m.version).padStart(4, '0')}_${m.name}.test.ts`;
      expect(existsSync(fileURLToPath(new URL(`./${name}`, import.meta.url))), name).toBe(true);
    }
  });
});
