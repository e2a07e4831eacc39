/** A field value as text for the librarian (labels for enums, digits grouped for counts). */
import type { TFunction } from 'i18next';
import type { EditableField } from '@shared/record';
import { FIELD_KINDS } from './field-kinds';

export function formatValue(t: TFunction, field: EditableField, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('review.empty');
  const kind = FIELD_KINDS[field];
  if (kind.type === 'choice') return t(`${kind.labels}.${String(value)}`);
  if (kind.type === 'choices') {
    const list = value as string[];
    return list.length === 0 ? t('review.empty') : list.map((v) => t(`${kind.labels}.${v}`)).join('、');
  }
  if (kind.type === 'count') return new Intl.NumberFormat().format(value as number);
  return String(value);
}
