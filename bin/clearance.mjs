#!/usr/bin/env node
// The `clearance` command. Runs the TypeScript sources directly through tsx, so
// `npx clearance …` works right after `npm install` without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
