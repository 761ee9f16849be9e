// Placeholder until the txt/md extractor lands; the dispatcher imports it by this name.

import { ClearanceError } from '../errors';
import type { ExtractedDocument, ExtractionLimits } from './types';

export async function extractTxt(_bytes: Uint8Array, _fileName: string, _limits: ExtractionLimits): Promise<ExtractedDocument> {
  throw new ClearanceError('unsupported-format', '暂不支持 txt/md 格式。', 'The txt/md format is not supported yet.');
}
