// The vendor's edit form as data: the values an item starts from, the updateContent input of
// what changed, and the API's field errors by form field (docs/enablement-content.md).
import { ContentKind, PartnerType, type UpdateContentInput } from '../../gql/graphql';
import { fieldErrorsFor } from '../../lib/errors';

export interface EditableContent {
  id: string;
  title: string;
  summary: string;
  body: string;
  externalURL: string;
  tags: string[];
  kind: ContentKind;
  language: string;
  reviewBy?: string | null;
  partnerTypes: PartnerType[];
  minTier?: { id: string } | null;
}

export interface EditValues {
  title: string;
  summary: string;
  body: string;
  externalUrl: string;
  tags: string[];
  kind: ContentKind;
  minTierId: string;
  partnerTypes: PartnerType[];
  reviewBy: string; // yyyy-mm-dd or ""
  language: string;
}

export type EditField = keyof EditValues;
const fields: EditField[] = ['title', 'summary', 'body', 'externalUrl', 'tags', 'kind', 'minTierId', 'partnerTypes', 'reviewBy', 'language'];

export function editValuesOf(c: EditableContent): EditValues {
  return {
    title: c.title,
    summary: c.summary,
    body: c.body,
    externalUrl: c.externalURL,
    tags: c.tags,
    kind: c.kind,
    minTierId: c.minTier?.id ?? '',
    partnerTypes: c.partnerTypes,
    reviewBy: c.reviewBy ? c.reviewBy.slice(0, 10) : '',
    language: c.language,
  };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** The updateContent input for what changed: only the fields given change on the server. */
export function toUpdateInput(id: string, before: EditValues, after: EditValues): UpdateContentInput {
  const input: UpdateContentInput = { id };
  if (after.title !== before.title) input.title = after.title;
  if (after.summary !== before.summary) input.summary = after.summary;
  if (after.body !== before.body) input.body = after.body;
  if (after.externalUrl !== before.externalUrl) input.externalUrl = after.externalUrl;
  if (!sameList(after.tags, before.tags)) input.tags = after.tags;
  if (after.kind !== before.kind) input.kind = after.kind;
  // An empty string opens the item to every tier.
  if (after.minTierId !== before.minTierId) input.minTierId = after.minTierId;
  if (!sameList(after.partnerTypes, before.partnerTypes)) input.partnerTypes = after.partnerTypes;
  // A review-by date is kept until the end of that day, UTC.
  if (after.reviewBy !== before.reviewBy && after.reviewBy) input.reviewBy = `${after.reviewBy}T23:59:59Z`;
  if (after.language !== before.language) input.language = after.language;
  return input;
}

/** Field errors of a failed update by form field; what names no field stays for the alert. */
export function editErrorsOf(err: unknown): { byField: Partial<Record<EditField, string>>; general: boolean } {
  return fieldErrorsFor(err, fields);
}
