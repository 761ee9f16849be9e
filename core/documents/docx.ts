// Placeholder until the docx extractor lands; the dispatcher imports it by this name.

import { ClearanceError } from '../errors';
import type { ExtractedDocument, ExtractionLimits } from './types';

export async function extractDocx(_bytes: Uint8Array, _fileName: string, _limits: ExtractionLimits): Promise<ExtractedDocument> {
  throw new ClearanceError('unsupported-format', '暂不支持 docx 格式。', 'The docx format is not supported yet.');
}
