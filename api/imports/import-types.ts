import type { ExtractedDocument } from '../../core/documents/types';
import type { Finding } from '../../core/model';

export interface ImportWorkerResult {
  doc: ExtractedDocument;
  findings: Finding[];
  libraryVersion: string;
}
