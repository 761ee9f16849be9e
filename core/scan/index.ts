export { createEngine, DEFAULT_MATCHER_OPTIONS } from './engine';
export type { EngineSpec, ScanEngine } from './engine';
export { composeLayer, scanTextWith, sortFindings, termFindings } from './compose';
export type { Detect } from './compose';
export { scanDocument, scanText } from './scan';
export { scanLayersInChunks, withDocumentFindings } from './chunked';
export type { ChunkOptions, ChunkProgress } from './chunked';
