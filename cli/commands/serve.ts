import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { ClearanceError } from '../../core/errors';
import { openDesk } from '../../api/desk';
import { defaultDataDir } from '../../api/data-dir';
import { startHttpHost } from '../../api/transport/http-host';
import type { CliIo } from '../io';

export const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, port: { type: 'string', default: '0' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ClearanceError('bad-port', `端口无效：${values.port}`, `Invalid port: ${values.port}`);
  }
  if (!existsSync(`${RENDERER_DIR}index.html`)) {
    throw new ClearanceError('renderer-missing', '界面尚未构建，请先运行 npm run build:renderer。', 'The UI is not built; run `npm run build:renderer` first.');
  }
  const dataDir = values.data ?? defaultDataDir();
  const desk = openDesk({ dataDir });
  const host = await startHttpHost({ desk, rendererDir: RENDERER_DIR, port });
  io.stdout.write(`保密审查台已启动（数据目录 ${dataDir}）。请在本机浏览器中打开以下地址（仅可使用一次）：\n`);
  io.stdout.write(`Clearance desk is running (data folder ${dataDir}). Open this address in a browser on this machine (it works once):\n`);
  io.stdout.write(`${host.url}\n`);
  await new Promise<void>((resolveStop) => {
    const stop = () => { void host.close().then(() => { desk.close(); resolveStop(); }); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
