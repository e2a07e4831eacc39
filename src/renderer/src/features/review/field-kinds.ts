/** Which editor each reviewable field gets, and the values its choices offer. */
import { CATEGORIES, DATA_TYPES, LEAK_STATUSES, ORG_TYPES, POST_KINDS } from '@shared/record';
import type { EditableField } from '@shared/record';

export type FieldKind =
  | { type: 'text'; nullable: boolean }
  | { type: 'date' }
  | { type: 'count' }
  | { type: 'choice'; labels: string; values: readonly string[] }
  | { type: 'choices'; labels: string; values: readonly string[] };

export const FIELD_KINDS: Record<EditableField, FieldKind> = {
  kind: { type: 'choice', labels: 'labels.kind', values: POST_KINDS },
  caseId: { type: 'text', nullable: true },
  title: { type: 'text', nullable: false },
  organization: { type: 'text', nullable: true },
  orgType: { type: 'choice', labels: 'labels.orgType', values: ORG_TYPES },
  publishedDate: { type: 'date' },
  categories: { type: 'choices', labels: 'labels.category', values: CATEGORIES },
  affectedCount: { type: 'count' },
  dataTypes: { type: 'choices', labels: 'labels.dataType', values: DATA_TYPES },
  leakStatus: { type: 'choice', labels: 'labels.leakStatus', values: LEAK_STATUSES },
  incidentDate: { type: 'date' },
  discoveryDate: { type: 'date' },
};

export const fieldEditorId = (field: EditableField) => `field-editor-${field}`;
export const TAGS_INPUT_ID = 'record-tags-input';
export const SEARCH_INPUT_ID = 'review-search';
