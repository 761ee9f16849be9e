// pdf.js ships no types for its worker module; importing it only registers
// `globalThis.pdfjsWorker` so pdf.js runs without a worker thread.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
