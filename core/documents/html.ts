// Placeholder until the html extractor lands; the dispatcher imports it by this name.

import { ClearanceError } from '../errors';
import type { ExtractedDocument, ExtractionLimits } from './types';

export async function extractHtml(_bytes: Uint8Array, _fileName: string, _limits: ExtractionLimits): Promise<ExtractedDocument> {
  throw new ClearanceError('unsupported-format', '暂不支持 html 格式。', 'The html format is not supported yet.');
}
