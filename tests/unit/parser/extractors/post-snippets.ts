/**
 * One-line probes of the field extractors on a post made of a title and a body, for the snippet
 * tests of the held-out rounds: each returns the value the extractor finds.
 */
import {
  extractAffectedCount,
  extractCategories,
  extractCounts,
  extractDataTypes,
  extractLeakStatus,
  extractOrganization,
} from '../../../../src/main/parser/extractors';
import { makeContext } from './context';

export const ctxOf = (title: string, body: string) =>
  makeContext(`【セキュリティ事件簿#2025-001】${title} 2025/1/10\n\n${body}`);
export const leak = (title: string, body: string) => extractLeakStatus(ctxOf(title, body)).value;
export const types = (title: string, body: string) => extractDataTypes(ctxOf(title, body)).value.sort();
export const cats = (title: string, body: string) => extractCategories(ctxOf(title, body)).value;
export const counts = (title: string, body: string) =>
  extractCounts(ctxOf(title, body)).value.map((c) => c.value);
export const affected = (title: string, body: string) => {
  const ctx = ctxOf(title, body);
  return extractAffectedCount(ctx, extractCounts(ctx).value).value;
};
export const org = (title: string) => extractOrganization(ctxOf(title, '本文です。')).value;
