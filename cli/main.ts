// `clearance` — the desk's command line: serve, backup, audit verify, scan.
import { isClearanceError } from '../core/errors';
import type { CliIo } from './io';

const USAGE = `用法 / Usage:
  clearance serve [--data DIR] [--port N]      在浏览器中打开保密审查台 / serve the desk to a browser on 127.0.0.1
  clearance backup --to FILE [--data DIR]      在线备份数据库并校验 / online backup, verified
  clearance audit verify [--data DIR]          校验审计链 / verify the audit chain
  clearance scan FILE... [--json] [--terms F]  扫描文件 / scan files for sensitive content
`;

export async function main(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      // Loaded on demand: `scan` pulls in the term tables, `serve` the HTTP host.
      case 'serve': return await (await import('./commands/serve')).serveCommand(rest, io);
      case 'backup': return await (await import('./commands/backup')).backupCommand(rest, io);
      case 'audit': return await (await import('./commands/audit')).auditCommand(rest, io);
      case 'scan': return await (await import('./commands/scan')).scanCommand(rest, io);
      case undefined: case 'help': case '--help': case '-h':
        io.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.stderr.write(`未知命令 / unknown command: ${command}\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    if (isClearanceError(e)) {
      io.stderr.write(`${e.messageZh}\n${e.messageEn}\n`);
      return 1;
    }
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}
