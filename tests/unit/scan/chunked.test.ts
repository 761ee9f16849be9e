import { describe, expect, it } from 'vitest';
import { runDetectors } from '../../../core/detectors';
import { createEngine, scanDocument, scanLayersInChunks, scanText, withDocumentFindings } from '../../../core/scan';
import type { ChunkProgress } from '../../../core/scan';
import type { ExtractedDocument } from '../../../core/documents/types';
import { STARTER_LIBRARY } from '../../../core/terms/starter-library';

const engine = createEngine({ library: STARTER_LIBRARY });
const text = '关于军事设施的通知：机密★1年，内部资料，联系电话13812345678。\n'.repeat(300);

describe('scanning in slices', () => {
  it.each([1, 7, 64, 4096, 1 << 20])('finds what a whole-text scan finds with slices of %i units (terms across slice edges too)', (chunkSize) => {
    const layers = [{ layer: 'body' as const, text }, { layer: 'comments' as const, text: '涉密' }];
    const progress: ChunkProgress[] = [];
    const found = scanLayersInChunks(layers, engine, runDetectors, { chunkSize, onProgress: (p) => progress.push(p) });
    expect(found).toEqual([...scanText(text, 'body', engine), ...scanText('涉密', 'comments', engine)]);
    expect(progress.length).toBe(Math.ceil(text.length / chunkSize) + Math.ceil(2 / chunkSize));
    expect(progress.at(-1)).toEqual({ done: text.length + 2, total: text.length + 2, layer: 'comments' });
  });

  it('stops between slices when cancelled', () => {
    let reports = 0;
    const found = scanLayersInChunks([{ layer: 'body', text }], engine, runDetectors, {
      chunkSize: 100, onProgress: () => { reports++; }, cancelled: () => reports >= 3,
    });
    expect(found).toBeNull();
    expect(reports).toBe(3);
  });

  it('with a document\'s images and warnings, gives what scanDocument gives', () => {
    const doc: ExtractedDocument = {
      format: 'docx', metadata: {}, images: [{ name: 'a.jpg', bytes: 10, gps: { latitude: 1, longitude: 2 } }],
      warnings: [{ code: 'image-only-page', message: '图片页', messageEn: 'image page', page: 2 }],
      layers: [{ layer: 'body', text }, { layer: 'comments', text: '批注：涉密' }, { layer: 'metadata', text: 'core.creator: 张三' }],
    };
    const found = scanLayersInChunks(doc.layers, engine, runDetectors, { chunkSize: 333 })!;
    expect(withDocumentFindings(doc, found)).toEqual(scanDocument(doc, engine));
  });
});
