// The lexicon screens' exports: a file from the desk handed to the user as a download.
import { downloadBase64 } from '../../components/file-data';

export type ExportFormat = 'csv' | 'xlsx';

const MIME: Record<ExportFormat, string> = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

export function saveExport(file: { fileName: string; contentBase64: string }, format: ExportFormat): Promise<void> {
  return downloadBase64(file.fileName, file.contentBase64, MIME[format]);
}
