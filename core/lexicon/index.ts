export { readLexiconFile, decodeBase64File, base64Size, formatOf } from './read-file';
export type { ReadTable } from './read-file';
export { validateTable, mapHeader, termKey, checkTermFields, SEVERITY_LABELS } from './rows';
export { exportCsv, exportXlsx, exportRows, exportTable, escapeCell, EXPORT_HEADER } from './export';
export { parseCsv, decodeUtf8 } from './parse-csv';
export { parseXlsx } from './parse-xlsx';
export * from './limits';
export type * from './types';
