// The real composition: starter library + the desk's detectors + document findings.
import { describe, expect, it } from 'vitest';
import { createEngine, scanDocument, scanText } from '../../../core/scan';
import { STARTER_LIBRARY, STARTER_TERMS } from '../../../core/terms/starter-library';
import type { ExtractedDocument } from '../../../core/documents/types';

const engine = createEngine({ library: STARTER_LIBRARY });
const ruleOf = (text: string) => `term:${STARTER_TERMS.find((t) => t.text === text)!.id}`;

describe('scanText with the starter library', () => {
  it('finds classification and internal wording, once per span, at the original offsets', () => {
    const text = '機密★1年\n本文件为内部资料，注意保密。关于軍事設施的说明。';
    const findings = scanText(text, 'body', engine);
    // The mark is the detector's; the term 机密 inside it is not reported a second time.
    expect(findings.filter((f) => f.start === 0).map((f) => f.category)).toEqual(['classification-mark']);
    expect(findings.find((f) => f.text === '内部资料')?.category).toBe('internal-marker');
    expect(findings.find((f) => f.rule === ruleOf('军事设施'))?.text).toBe('軍事設施');
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('does not report 秘密 in ordinary prose covered by the starter allow list', () => {
    const findings = scanText('这本书揭开了宇宙的秘密。', 'body', engine);
    expect(findings.filter((f) => f.rule === ruleOf('秘密'))).toEqual([]);
    expect(scanText('这是我们之间的秘密。', 'body', engine).some((f) => f.rule === ruleOf('秘密'))).toBe(true);
  });
});

describe('scanDocument', () => {
  it('scans every layer and adds the document findings', () => {
    const doc: ExtractedDocument = {
      format: 'docx',
      layers: [
        { layer: 'body', text: '关于军事设施的通知' },
        { layer: 'comments', text: '此段涉密，删掉' },
      ],
      metadata: {},
      images: [],
      warnings: [],
    };
    const findings = scanDocument(doc, engine);
    expect(findings.find((f) => f.rule === ruleOf('军事设施'))?.layer).toBe('body');
    expect(findings.find((f) => f.rule === ruleOf('涉密'))?.layer).toBe('comments');
    // A non-empty hidden layer is itself a finding.
    expect(findings.some((f) => f.category === 'hidden-layer')).toBe(true);
  });
});
