// The folder rule is enforced by lint; this shows it bites (and does not over-bite).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'local/boundaries').map((m) => m.message);
}

describe('folder boundaries (eslint local/boundaries)', () => {
  it.each([
    ['core/terms/x.ts', "import { openDatabase } from '../../db/connection';\nexport const x = openDatabase;"],
    ['core/x.ts', "import { dispatch } from '../api/dispatch';\nexport const x = dispatch;"],
    ['db/x.ts', "import { openDesk } from '../api/desk';\nexport const x = openDesk;"],
    ['api/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['api/x.ts', "import { x } from '../renderer/app';\nexport const y = x;"],
    ['core/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['renderer/screens/x.tsx', "import { contract } from '../../api/contract';\nexport const x = contract;"],
    ['renderer/x.ts', "import { dispatch } from '../api/dispatch';\nexport const x = dispatch;"],
    ['renderer/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['renderer/x.ts', "import Database from 'better-sqlite3';\nexport const x = Database;"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;"],
    ['core/x.ts', "export const x = () => import('../db/connection');"],
    ['db/x.ts', "export { handlers } from '../api/handlers';"],
  ])('rejects %s importing across the boundary', async (file, code) => {
    expect(await boundaryErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['db/x.ts', "import { ClearanceError } from '../core/errors';\nexport const x = ClearanceError;"],
    ['api/x.ts', "import { openDatabase } from '../db/connection';\nexport const x = openDatabase;"],
    ['electron/x.ts', "import { app } from 'electron';\nimport { openDesk } from '../api/desk';\nexport const x = [app, openDesk];"],
    ['renderer/screens/x.tsx', "import type { Api } from '../../api/contract';\nexport type X = Api;"],
    ['renderer/screens/x.tsx', "import { invoke } from '../api/client';\nexport const x = invoke;"],
    ['cli/x.ts', "import { openDesk } from '../api/desk';\nexport const x = openDesk;"],
    ['tests/x.ts', "import { openDatabase } from '../db/connection';\nexport const x = openDatabase;"],
  ])('allows %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
