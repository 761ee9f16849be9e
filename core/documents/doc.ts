// Placeholder until the doc/wps extractor lands; the dispatcher imports it by this name.

import { ClearanceError } from '../errors';
import type { ExtractedDocument, ExtractionLimits } from './types';

export async function extractDoc(_bytes: Uint8Array, _fileName: string, _limits: ExtractionLimits): Promise<ExtractedDocument> {
  throw new ClearanceError('unsupported-format', '暂不支持 doc/wps 格式。', 'The doc/wps format is not supported yet.');
}
