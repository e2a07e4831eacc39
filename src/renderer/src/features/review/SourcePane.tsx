import { Badge, Group, Text } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryRecord } from '@shared/library';
import type { EditableField, Span } from '@shared/record';
import { highlightPieces } from './highlight';
import classes from './review.module.css';

export function evidenceOf(record: LibraryRecord, field: EditableField): Span[] {
  return field === 'kind' ? [] : record.extracted[field].evidence;
}

/** The post as the dump has it, with the focused field's evidence marked and scrolled to. */
export function SourcePane({
  record,
  field,
  extraSpans,
}: {
  record: LibraryRecord;
  field: EditableField;
  extraSpans: Span[];
}) {
  const { t } = useTranslation();
  const bodyRef = useRef<HTMLDivElement>(null);
  const spans = useMemo(() => [...evidenceOf(record, field), ...extraSpans], [record, field, extraSpans]);
  const pieces = useMemo(() => highlightPieces(record.extracted.text, spans), [record.extracted.text, spans]);
  const source = record.extracted.source;

  useEffect(() => {
    const mark = bodyRef.current?.querySelector('mark');
    if (mark) mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    else bodyRef.current?.scrollTo({ top: 0 });
  }, [pieces]);

  return (
    <div className={classes.panel} data-testid="source-pane">
      <Group className={classes.panelHeader} justify="space-between" wrap="nowrap">
        <Text fw={600} size="sm">
          {t('review.source')}
        </Text>
        <Group gap={6} wrap="nowrap">
          {spans.length === 0 && (
            <Text size="xs" c="dimmed">
              {t('review.evidenceNone')}
            </Text>
          )}
          <Badge variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
            {t('review.sourceOf', { file: source.file, start: source.startLine, end: source.endLine })}
          </Badge>
        </Group>
      </Group>
      <div className={classes.panelBody} ref={bodyRef}>
        <pre className={classes.source} lang="ja" data-testid="source-text">
          {pieces.map((piece, i) => (piece.mark ? <mark key={i}>{piece.text}</mark> : piece.text))}
        </pre>
      </div>
    </div>
  );
}
