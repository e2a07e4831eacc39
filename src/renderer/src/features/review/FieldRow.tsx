import { ActionIcon, Badge, Box, Group, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveValue } from '@shared/library';
import type { LibraryRecord } from '@shared/library';
import type { EditableField } from '@shared/record';
import { extractedValue } from '@shared/library';
import { perform } from './actions';
import { FieldEditor } from './FieldEditor';
import { LOW_CONFIDENCE } from './filter';
import { formatValue } from './format-value';
import { useReviewStore } from './store';
import classes from './review.module.css';

function confidenceColor(confidence: number): string {
  if (confidence >= 0.8) return 'teal';
  if (confidence >= LOW_CONFIDENCE) return 'yellow';
  return 'red';
}

/** One field: its name, how sure the parser is (or that it was corrected), and its editor. */
export const FieldRow = memo(function FieldRow({
  record,
  field,
  focused,
}: {
  record: LibraryRecord;
  field: EditableField;
  focused: boolean;
}) {
  const { t } = useTranslation();
  const focusField = useReviewStore((s) => s.focusField);
  const value = effectiveValue(record, field);
  const corrected = record.corrections[field] !== undefined;
  const extracted = extractedValue(record.extracted, field);
  const confidence = field === 'kind' ? null : record.extracted[field].confidence;
  const commit = (next: unknown) => void perform([{ recordId: record.id, field, value: next }]);

  return (
    <Box
      className={classes.fieldRow}
      data-focused={focused || undefined}
      data-testid={`field-${field}`}
      data-corrected={corrected || undefined}
      onClick={() => focusField(field)}
    >
      <Group justify="space-between" gap={4} mb={4} wrap="nowrap">
        <Text size="xs" fw={600} c="dimmed">
          {t(`labels.field.${field}`)}
        </Text>
        <Group gap={4} wrap="nowrap">
          {corrected ? (
            <>
              <Tooltip
                label={t('review.extractedWas', { value: formatValue(t, field, extracted) })}
                multiline
                maw={320}
              >
                <Badge size="xs" color="indigo" variant="filled" data-testid="corrected-badge">
                  {t('review.corrected')}
                </Badge>
              </Tooltip>
              <Tooltip label={t('review.resetField')}>
                <ActionIcon
                  size="xs"
                  variant="subtle"
                  aria-label={t('review.resetField')}
                  onClick={() => commit(extracted)}
                >
                  <IconArrowBackUp size={14} />
                </ActionIcon>
              </Tooltip>
            </>
          ) : (
            confidence !== null && (
              <Badge size="xs" variant="light" color={confidenceColor(confidence)}>
                {t('review.confidence', { value: Math.round(confidence * 100) })}
              </Badge>
            )
          )}
        </Group>
      </Group>
      <FieldEditor field={field} value={value} onCommit={commit} onFocus={() => focusField(field)} />
    </Box>
  );
});
