// Errors as the API reports them (docs/errors.md: extensions.code, field, requestId) and as a
// partner should read them: plain words, plus the request ID that support can look up.

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL'
  | 'NETWORK';

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  /** The request ID the server logged this under (extensions.requestId or X-Request-ID). */
  readonly requestId?: string;
  /** Fields the server named (BAD_USER_INPUT, CONFLICT), with the server's message for each. */
  readonly fieldErrors: FieldError[];
  /** RATE_LIMITED: seconds until another attempt may succeed. */
  readonly retryAfter?: number;
  readonly status?: number;

  constructor(
    code: ErrorCode,
    message: string,
    opts: { requestId?: string; fieldErrors?: FieldError[]; retryAfter?: number; status?: number } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.requestId = opts.requestId;
    this.fieldErrors = opts.fieldErrors ?? [];
    this.retryAfter = opts.retryAfter;
    this.status = opts.status;
  }

  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((f) => f.field === field)?.message;
  }
}

const knownCodes: ErrorCode[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
];

interface GraphQLErrorShape {
  message?: string;
  extensions?: Record<string, unknown>;
}

/** Builds one ApiError from a GraphQL response's errors array. */
export function fromGraphQLErrors(
  errors: GraphQLErrorShape[],
  headerRequestId: string | undefined,
  status?: number,
): ApiError {
  const first = errors[0] ?? {};
  const ext = first.extensions ?? {};
  const raw = typeof ext.code === 'string' ? ext.code : 'INTERNAL';
  const code = (knownCodes as string[]).includes(raw) ? (raw as ErrorCode) : 'INTERNAL';
  const requestId = (typeof ext.requestId === 'string' && ext.requestId) || headerRequestId;
  const fieldErrors: FieldError[] = [];
  for (const e of errors) {
    const f = e.extensions?.field;
    if (typeof f === 'string' && f) fieldErrors.push({ field: f, message: sentence(e.message ?? '') });
  }
  const retryAfter = typeof ext.retryAfter === 'number' ? ext.retryAfter : undefined;
  return new ApiError(code, first.message ?? 'Unknown error', { requestId, fieldErrors, retryAfter, status });
}

/**
 * Capitalises a server message and ends it with a full stop. A message that opens with a domain,
 * an e-mail address or an identifier keeps it as written: "gmail.com is…" never becomes
 * "Gmail.com is…".
 */
/**
 * Field errors of a failed mutation by form field (the last part of each error's field, so
 * "input.amount" is "amount"); `general` says the alert must still show what names no field.
 */
export function fieldErrorsFor<F extends string>(
  err: unknown,
  fields: readonly F[],
): { byField: Partial<Record<F, string>>; general: boolean } {
  if (!(err instanceof ApiError)) return { byField: {}, general: Boolean(err) };
  const byField: Partial<Record<F, string>> = {};
  let unmapped = false;
  for (const fe of err.fieldErrors) {
    const last = fe.field.split('.').pop() ?? fe.field;
    if ((fields as readonly string[]).includes(last)) byField[last as F] ??= fe.message;
    else unmapped = true;
  }
  return { byField, general: unmapped || err.fieldErrors.length === 0 };
}

export function sentence(message: string): string {
  const m = message.trim();
  if (!m) return m;
  const firstWord = m.split(/\s/, 1)[0];
  const literal = /[.@_/:]\w/.test(firstWord);
  const s = literal ? m : m[0].toUpperCase() + m.slice(1);
  return /[.!?]$/.test(s) ? s : s + '.';
}

function minutes(seconds: number): string {
  const m = Math.max(1, Math.ceil(seconds / 60));
  return m === 1 ? 'a minute' : `${m} minutes`;
}

export interface FriendlyError {
  title: string;
  detail: string;
  requestId?: string;
}

/** What to tell a person about an error, in words a partner understands. */
export function describeError(err: unknown): FriendlyError {
  if (!(err instanceof ApiError)) {
    return {
      title: 'Something went wrong',
      detail: 'The page hit an unexpected problem. Reload the page and try again.',
    };
  }
  const requestId = err.requestId;
  switch (err.code) {
    case 'NETWORK':
      return {
        title: 'We can’t reach PartnerHub',
        detail: 'Check your internet connection, then try again.',
        requestId,
      };
    case 'UNAUTHENTICATED':
      return { title: 'Please sign in again', detail: 'Your session has ended.', requestId };
    case 'FORBIDDEN':
      return {
        title: 'You don’t have access to this',
        detail: `${sentence(err.message)} Ask your administrator if you need access.`,
        requestId,
      };
    case 'NOT_FOUND':
      return {
        title: 'We couldn’t find that',
        detail: 'It may have been removed, or you may not have access to it.',
        requestId,
      };
    case 'CONFLICT':
      return { title: 'That clashes with an existing record', detail: sentence(err.message), requestId };
    case 'BAD_USER_INPUT':
      return { title: 'Please check your input', detail: sentence(err.message), requestId };
    case 'RATE_LIMITED':
      return {
        title: 'Too many attempts',
        detail: err.retryAfter
          ? `Please wait ${minutes(err.retryAfter)} before trying again.`
          : 'Please wait a moment before trying again.',
        requestId,
      };
    default:
      return {
        title: 'Something went wrong on our side',
        detail: 'Please try again. If it keeps happening, contact support and quote the reference below.',
        requestId,
      };
  }
}
