// Placeholder until the pdf extractor lands; the dispatcher imports it by this name.

import { ClearanceError } from '../errors';
import type { ExtractedDocument, ExtractionLimits } from './types';

export async function extractPdf(_bytes: Uint8Array, _fileName: string, _limits: ExtractionLimits): Promise<ExtractedDocument> {
  throw new ClearanceError('unsupported-format', '暂不支持 pdf 格式。', 'The pdf format is not supported yet.');
}
