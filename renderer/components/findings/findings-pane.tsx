// A text with its findings highlighted beside the list of those findings. Shared by the
// layers view of a draft and the try-it box. Keyboard: j/k or ↓/↑ move between findings
// (focus follows, so the position is always visible); Enter or a click scrolls the text
// to the highlight. The text is rendered from slices as React text nodes, never as HTML.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Empty, Pagination, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/model';
import { segmentText, worstSeverity } from './segments';
import { MARK_BACKGROUND, SEVERITY_COLOR, SeverityTag } from './severity';

/** A finding as shown: layer-free (the pane shows one text), with a term's grouping when known. */
export type ShownFinding = Omit<Finding, 'layer'> & { group?: string };

interface Props {
  text: string;
  findings: readonly ShownFinding[];
  /** Distinguishes anchors when several panes are on one page. */
  idPrefix: string;
  textLabel: string;
  listLabel: string;
  height?: number;
}

/** A very long layer (a 20 MB file) is shown in parts so the page stays quick to lay out. */
export const PART = 60_000;

export function FindingsPane({ text, findings, idPrefix, textLabel, listLabel, height = 460 }: Props) {
  const { t } = useTranslation();
  const [active, setActive] = useState<number | null>(null);
  const [part, setPart] = useState(0);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const parts = Math.max(1, Math.ceil(text.length / PART));
  const from = part * PART;
  const to = Math.min(text.length, from + PART);
  const segments = useMemo(() => segmentText(text, findings, from, to), [text, findings, from, to]);

  // A new text (typing in try-it, another revision) starts from the top again.
  useEffect(() => { setActive(null); setPart(0); }, [text, findings]);

  useEffect(() => {
    if (active === null) return;
    document.getElementById(`${idPrefix}-f${active}`)?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [active, part, idPrefix]);

  function select(i: number, focus: boolean) {
    const f = findings[i];
    if (!f) return;
    setPart(Math.min(parts - 1, Math.floor(f.start / PART)));
    setActive(i);
    if (focus) items.current[i]?.focus();
  }

  // Keys are heard anywhere in the surrounding tabs (the layer tab itself, its panel, the
  // text, the list), so a reviewer who tabbed onto a layer can step through its findings
  // at once. Only the visible pane answers; typing in a text box is left alone.
  const root = useRef<HTMLDivElement>(null);
  const latest = useRef({ active, findings, select });
  latest.current = { active, findings, select };
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      const el = root.current;
      const target = e.target as HTMLElement | null;
      if (!el || !target || el.offsetParent === null || e.ctrlKey || e.metaKey || e.altKey) return;
      const scope = el.closest('.ant-tabs') ?? el;
      if (!scope.contains(target) || target.closest('input, textarea, [contenteditable="true"], .ant-select')) return;
      // On a tab the arrows belong to the tab list (they switch layers); j and k still step.
      const onTab = target.getAttribute('role') === 'tab';
      const step = e.key === 'j' || (!onTab && e.key === 'ArrowDown') ? 1 : e.key === 'k' || (!onTab && e.key === 'ArrowUp') ? -1 : 0;
      const { active: at, findings: list, select: go } = latest.current;
      if (step === 0 || list.length === 0) return;
      e.preventDefault();
      go(at === null ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length, true);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div ref={root} style={{ display: 'flex', gap: 12, alignItems: 'stretch', flexWrap: 'wrap' }}>
      <div style={{ flex: '3 1 420px', minWidth: 0 }}>
        <pre
          tabIndex={0}
          aria-label={textLabel}
          className="findings-text"
          style={{ height, overflow: 'auto', margin: 0 }}
        >
          {segments.map((s) => {
            if (s.covers.length === 0) return <span key={s.start}>{s.text}</span>;
            const worst = worstSeverity(s.covers.map((i) => findings[i].severity)) ?? 'warn';
            const isActive = active !== null && s.covers.includes(active);
            return (
              <mark
                key={s.start}
                id={s.begins.length > 0 ? `${idPrefix}-f${s.begins[0]}` : undefined}
                data-severity={worst}
                data-active={isActive || undefined}
                title={s.covers.map((i) => t(`categories.${findings[i].category}`)).join(' / ')}
                style={{ background: MARK_BACKGROUND[worst], borderBottom: `2px solid ${SEVERITY_COLOR[worst]}`,
                  outline: isActive ? `2px solid ${SEVERITY_COLOR[worst]}` : undefined, padding: 0 }}
              >
                {/* Extra anchors for findings that begin on the same character as another. */}
                {s.begins.slice(1).map((i) => <span key={i} id={`${idPrefix}-f${i}`} />)}
                {s.text}
              </mark>
            );
          })}
          {text.length === 0 ? <Typography.Text type="secondary">{t('layersView.empty')}</Typography.Text> : null}
        </pre>
        {parts > 1 ? (
          <Pagination size="small" simple showSizeChanger={false} style={{ marginTop: 8 }} current={part + 1} total={text.length} pageSize={PART}
            showTotal={() => t('layersView.textPart', { from: from + 1, to })} onChange={(p) => setPart(p - 1)} />
        ) : null}
      </div>
      <section aria-label={listLabel} style={{ flex: '2 1 300px', minWidth: 0, height, overflow: 'auto', border: '1px solid #f0f0f0' }}>
        {findings.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('layersView.noFindings')} /> : (
          <ol className="findings-list">
            {findings.map((f, i) => (
              <li key={`${f.start}-${f.end}-${f.rule}-${i}`}>
                <button
                  type="button"
                  ref={(el) => { items.current[i] = el; }}
                  aria-current={active === i || undefined}
                  className={active === i ? 'finding active' : 'finding'}
                  style={{ borderLeft: `4px solid ${SEVERITY_COLOR[f.severity]}` }}
                  onClick={() => select(i, false)}
                >
                  <span>
                    <SeverityTag severity={f.severity} />
                    <Tag>{t(`categories.${f.category}`)}</Tag>
                    {f.group ? <Tag color="default">{f.group}</Tag> : null}
                    <strong className="finding-text">{f.text}</strong>
                  </span>
                  {f.rationale ? <span className="finding-rationale">{t('layersView.rationale')}{f.rationale}</span> : null}
                  {f.confidence !== undefined ? (
                    <span className="finding-rationale">{t('layersView.confidence', { value: Math.round(f.confidence * 100) })}</span>
                  ) : null}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
