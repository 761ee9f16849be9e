// pdf.js 5 runs its "worker" in our thread under Node, and on some damaged files it
// leaves promises of that worker rejected with nobody listening (seen with fuzzed
// files: ParserEOFException, XRefEntryException after `getDocument` already failed).
// The failure itself reaches us through the awaited call and becomes a coded refusal;
// these leftovers must not take down the CLI or the import worker, which by Node's
// default crash on an unhandled rejection. Anything else still crashes as before.

const PDFJS_EXCEPTIONS = new Set([
  'ParserEOFException', 'XRefEntryException', 'XRefParseException', 'FormatError', 'InvalidPDFException',
  'UnknownErrorException', 'MissingDataException', 'PasswordException', 'AbortException', 'ResponseException',
]);

/** A pdf.js exception: pdf.js builds them from a prototype made inside pdf.worker.mjs. */
export function isPdfJsLeftover(reason: unknown): boolean {
  if (typeof reason !== 'object' || reason === null) return false;
  const { name, stack } = reason as { name?: unknown; stack?: unknown };
  return typeof name === 'string' && PDFJS_EXCEPTIONS.has(name) && typeof stack === 'string' && stack.includes('pdf.worker.mjs');
}

let installed = false;

export function ignorePdfJsLeftovers(): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => {
    if (!isPdfJsLeftover(reason)) throw reason;
  });
}
