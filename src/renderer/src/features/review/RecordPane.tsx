import {
  Alert,
  Badge,
  Button,
  Group,
  Stack,
  TagsInput,
  Text,
  Textarea,
  Title,
  UnstyledButton,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconBan,
  IconCheck,
  IconEye,
  IconArrowBackUp,
  IconInfoCircle,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveValue } from '@shared/library';
import type { LibraryRecord } from '@shared/library';
import { EDITABLE_FIELDS } from '@shared/record';
import type { Span } from '@shared/record';
import { perform, setStatus } from './actions';
import { EditHistory } from './EditHistory';
import { TAGS_INPUT_ID } from './field-kinds';
import { FieldRow } from './FieldRow';
import { STATUS_COLOR } from './RecordList';
import { useReviewStore } from './store';
import classes from './review.module.css';

/** Everything about one record: status, every field with its confidence and editor, tags, note. */
export function RecordPane({
  record,
  tagOptions,
  onShowSpans,
}: {
  record: LibraryRecord;
  tagOptions: string[];
  onShowSpans(spans: Span[]): void;
}) {
  const { t } = useTranslation();
  const focusedField = useReviewStore((s) => s.focusedField);
  const kind = effectiveValue(record, 'kind');
  const caseId = effectiveValue(record, 'caseId');

  return (
    <div className={classes.panel} data-testid="record-pane" data-record-id={record.id}>
      <Stack className={classes.panelHeader} gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Text ff="monospace" size="sm" c="dimmed">
              {caseId ?? t('review.noCaseId')}
            </Text>
            <Badge color={STATUS_COLOR[record.status]} variant="light" data-testid="record-status">
              {t(`labels.status.${record.status}`)}
            </Badge>
          </Group>
          <Group gap={6} wrap="nowrap">
            {record.status !== 'reviewed' && (
              <Button
                size="compact-xs"
                color="teal"
                leftSection={<IconCheck size={14} />}
                onClick={() => void setStatus([record.id], 'reviewed')}
              >
                {t('review.accept')}
              </Button>
            )}
            {record.status !== 'excluded' && (
              <Button
                size="compact-xs"
                variant="light"
                color="red"
                leftSection={<IconBan size={14} />}
                onClick={() => void setStatus([record.id], 'excluded')}
              >
                {t('review.exclude')}
              </Button>
            )}
            {record.status !== 'draft' && (
              <Button
                size="compact-xs"
                variant="default"
                leftSection={<IconArrowBackUp size={14} />}
                onClick={() => void setStatus([record.id], 'draft')}
              >
                {t('review.toDraft')}
              </Button>
            )}
          </Group>
        </Group>
        <Title order={3} size="h5" lineClamp={2}>
          {effectiveValue(record, 'title') || t('review.untitled')}
        </Title>
      </Stack>
      <div className={classes.panelBody}>
        <Stack gap="xs">
          {record.needsLook && (
            <Alert color="orange" icon={<IconEye size={18} />} p="xs" data-testid="needs-look">
              <Text size="sm">{t('review.needsLookAlert')}</Text>
            </Alert>
          )}
          {kind === 'other' && (
            <Alert color="gray" icon={<IconInfoCircle size={18} />} p="xs">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">{t('review.promoteHint')}</Text>
                <Button
                  size="compact-xs"
                  variant="default"
                  onClick={() => void perform([{ recordId: record.id, field: 'kind', value: 'incident' }])}
                >
                  {t('review.promote')}
                </Button>
              </Group>
            </Alert>
          )}
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            {t('review.fields')}
          </Text>
          {EDITABLE_FIELDS.map((field) => (
            <FieldRow key={field} record={record} field={field} focused={field === focusedField} />
          ))}
          <TagsInput
            id={TAGS_INPUT_ID}
            label={t('labels.field.tags')}
            size="xs"
            value={record.tags}
            data={tagOptions}
            placeholder={t('review.tagsPlaceholder')}
            onChange={(tags) => void perform([{ recordId: record.id, field: 'tags', value: tags }])}
            clearable
            wrapperProps={{ 'data-testid': 'record-tags' }}
          />
          <NoteEditor key={record.id + record.note} record={record} />
          <EditHistory recordId={record.id} />
          {record.extracted.warnings.length > 0 && (
            <Stack gap={4}>
              <Text size="xs" fw={700} c="dimmed">
                {t('review.warnings')}
              </Text>
              {record.extracted.warnings.map((warning, i) => (
                <UnstyledButton key={i} onClick={() => onShowSpans(warning.span ? [warning.span] : [])}>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <IconAlertTriangle
                      size={14}
                      color="var(--mantine-color-yellow-7)"
                      style={{ flexShrink: 0, marginTop: 3 }}
                    />
                    <Text size="xs">
                      <Text span ff="monospace" size="xs" c="dimmed">
                        {warning.code}
                      </Text>{' '}
                      {warning.message}
                    </Text>
                  </Group>
                </UnstyledButton>
              ))}
            </Stack>
          )}
        </Stack>
      </div>
    </div>
  );
}

function NoteEditor({ record }: { record: LibraryRecord }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(record.note);
  return (
    <Textarea
      label={t('review.note')}
      size="xs"
      autosize
      minRows={2}
      maxRows={6}
      value={draft}
      placeholder={t('review.notePlaceholder')}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={() => void perform([{ recordId: record.id, field: 'note', value: draft }])}
      data-testid="record-note"
    />
  );
}
