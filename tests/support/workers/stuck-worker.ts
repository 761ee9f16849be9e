// A worker stuck in a synchronous loop after its first progress report, as a parser
// spinning on a hostile file would be: it never reads a message or checks a clock.
import { parentPort } from 'node:worker_threads';

parentPort!.postMessage({ type: 'progress', progress: { stage: 'extracting', fraction: 0.1 } });
for (;;) { /* spin */ }
