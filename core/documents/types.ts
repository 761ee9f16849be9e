import type { LayerName } from '../model';

export type DocumentFormat = 'txt' | 'md' | 'html' | 'docx' | 'doc' | 'wps' | 'pdf' | 'ofd';

export interface ExtractedLayer {
  layer: LayerName;
  text: string;
}

export interface EmbeddedImage {
  name: string;
  bytes: number;
  /** Selected EXIF tags; GPS latitude/longitude when present. */
  exif?: Record<string, string | number>;
  gps?: { latitude: number; longitude: number };
}

export interface ExtractedDocument {
  format: DocumentFormat;
  /** One entry per layer that has text, in LAYERS order. */
  layers: ExtractedLayer[];
  /** Flattened metadata fields, e.g. `core.creator`, `app.Company`, `custom.项目`. */
  metadata: Record<string, string>;
  images: EmbeddedImage[];
  /** Things the reviewer must know that are not text: zero-width characters, image-only pages, signatures. */
  warnings: DocumentWarning[];
}

export interface DocumentWarning {
  code: string;
  message: string;
  messageEn: string;
  /** For page-level warnings (image-only PDF page). */
  page?: number;
}

/** Limits a hostile file may not exceed. Every extractor honours these. */
export interface ExtractionLimits {
  maxFileBytes: number;
  maxUncompressedBytes: number;
  maxCompressionRatio: number;
  maxZipEntries: number;
  maxXmlDepth: number;
  maxPdfPages: number;
  timeBudgetMs: number;
}

export const DEFAULT_LIMITS: ExtractionLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxUncompressedBytes: 500 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxZipEntries: 10_000,
  maxXmlDepth: 256,
  maxPdfPages: 2_000,
  timeBudgetMs: 60_000,
};
