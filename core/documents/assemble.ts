// Shared last step of the extractors: layers in canonical order, empty layers
// dropped, and warnings for what the reviewer cannot see in the text itself.

import { LAYERS } from '../model';
import type { LayerName } from '../model';
import type { DocumentFormat, DocumentWarning, EmbeddedImage, ExtractedDocument } from './types';

/** Zero-width and other invisible format characters used to split a banned word past a filter. */
const ZERO_WIDTH = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E]/;

export function assembleDocument(
  format: DocumentFormat,
  texts: Partial<Record<LayerName, string>>,
  metadata: Record<string, string>,
  images: EmbeddedImage[],
  warnings: DocumentWarning[],
): ExtractedDocument {
  const layers = LAYERS.filter((l) => (texts[l] ?? '').trim().length > 0).map((layer) => ({ layer, text: texts[layer] ?? '' }));
  const zw = layers.filter((l) => ZERO_WIDTH.test(l.text)).map((l) => l.layer);
  if (zw.length) {
    warnings.push({
      code: 'zero-width-characters',
      message: `以下内容含有零宽或不可见字符，可能用于规避审查：${zw.join('、')}`,
      messageEn: `Zero-width or invisible characters present in: ${zw.join(', ')}`,
    });
  }
  return { format, layers, metadata, images, warnings };
}
