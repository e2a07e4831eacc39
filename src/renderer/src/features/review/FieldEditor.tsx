import '@mantine/dates/styles.css';
import { MultiSelect, NumberInput, Select, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditableField } from '@shared/record';
import { FIELD_KINDS, fieldEditorId } from './field-kinds';

interface Props {
  field: EditableField;
  value: unknown;
  onCommit(value: unknown): void;
  onFocus(): void;
}

/** The editor each field deserves: choices for enums, a date picker, a number input, text. */
export function FieldEditor({ field, value, onCommit, onFocus }: Props) {
  const { t } = useTranslation();
  const kind = FIELD_KINDS[field];
  const id = fieldEditorId(field);
  const label = t(`labels.field.${field}`);
  switch (kind.type) {
    case 'choice':
      return (
        <Select
          id={id}
          aria-label={label}
          size="xs"
          value={value as string}
          allowDeselect={false}
          data={kind.values.map((v) => ({ value: v, label: t(`${kind.labels}.${v}`) }))}
          onChange={(next) => next !== null && onCommit(next)}
          onFocus={onFocus}
          comboboxProps={{ withinPortal: true }}
        />
      );
    case 'choices':
      return (
        <MultiSelect
          id={id}
          aria-label={label}
          size="xs"
          value={value as string[]}
          data={kind.values.map((v) => ({ value: v, label: t(`${kind.labels}.${v}`) }))}
          onChange={onCommit}
          onFocus={onFocus}
          placeholder={(value as string[]).length === 0 ? t('review.empty') : undefined}
          searchable
          hidePickedOptions
          comboboxProps={{ withinPortal: true }}
        />
      );
    case 'date':
      return (
        <DateInput
          id={id}
          aria-label={label}
          size="xs"
          value={(value as string | null) ?? null}
          valueFormat="YYYY-MM-DD"
          placeholder="YYYY-MM-DD"
          clearable
          onChange={(next) => onCommit(next ?? null)}
          onFocus={onFocus}
          popoverProps={{ withinPortal: true }}
        />
      );
    case 'count':
      return (
        <CountEditor
          key={String(value)}
          id={id}
          label={label}
          value={value as number | null}
          onCommit={onCommit}
          onFocus={onFocus}
        />
      );
    case 'text':
      return (
        <TextEditor
          key={String(value)}
          id={id}
          label={label}
          value={value as string | null}
          nullable={kind.nullable}
          onCommit={onCommit}
          onFocus={onFocus}
        />
      );
    default:
      return missingKind(kind);
  }
}

/** Text is saved when the input is left or Enter is pressed, not at every key. */
function TextEditor(props: {
  id: string;
  label: string;
  value: string | null;
  nullable: boolean;
  onCommit(value: unknown): void;
  onFocus(): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(props.value ?? '');
  const commit = () => {
    const trimmed = draft.trim();
    props.onCommit(trimmed === '' && props.nullable ? null : trimmed);
  };
  return (
    <TextInput
      id={props.id}
      aria-label={props.label}
      size="xs"
      value={draft}
      placeholder={props.nullable ? t('review.notSet') : undefined}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={commit}
      onFocus={props.onFocus}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.nativeEvent.isComposing) event.currentTarget.blur();
      }}
    />
  );
}

function CountEditor(props: {
  id: string;
  label: string;
  value: number | null;
  onCommit(value: unknown): void;
  onFocus(): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | number>(props.value ?? '');
  const commit = () => props.onCommit(draft === '' ? null : Math.max(0, Math.round(Number(draft))));
  return (
    <NumberInput
      id={props.id}
      aria-label={props.label}
      size="xs"
      value={draft}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator=","
      placeholder={t('review.notSet')}
      onChange={setDraft}
      onBlur={commit}
      onFocus={props.onFocus}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
      }}
    />
  );
}

function missingKind(kind: never): never {
  throw new Error(`unhandled field kind ${JSON.stringify(kind)}`);
}
