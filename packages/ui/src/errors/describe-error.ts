import { CombinedGraphQLErrors } from '@apollo/client';
import type { IntlShape } from 'react-intl';
import { HttpApiError } from '../files/upload-file';

export interface DescribedError {
  /** A sentence for the form or page. */
  message: string;
  /** Translated messages per input name, for field-level errors. */
  fields: Record<string, string>;
  code: string | null;
}

/** Turns an API error into translated words: a message and, where the API named them, per-field errors. */
export function describeError(error: unknown, intl: IntlShape): DescribedError {
  if (error instanceof HttpApiError) {
    if (!error.code) return { message: intl.formatMessage({ id: 'errors.network' }), fields: {}, code: null };
    return describeExtensions({ ...error.details, code: error.code, fields: error.fields }, intl);
  }
  if (!CombinedGraphQLErrors.is(error)) {
    return { message: intl.formatMessage({ id: 'errors.network' }), fields: {}, code: null };
  }
  return describeExtensions(error.errors[0]?.extensions ?? {}, intl);
}

function describeExtensions(raw: Record<string, unknown>, intl: IntlShape): DescribedError {
  const extensions = raw as {
    code?: string;
    fields?: Record<string, string>;
    retryAfterSeconds?: number;
    accountKind?: string;
    reapplyAfter?: string;
    claimedBy?: string;
    maxBytes?: number;
  };
  const code = extensions.code ?? null;
  const codeMessageId = `errors.code.${code}`;
  const message =
    code && intl.messages[codeMessageId]
      ? intl.formatMessage(
          { id: codeMessageId },
          {
            minutes: Math.max(1, Math.ceil((extensions.retryAfterSeconds ?? 60) / 60)),
            kind: extensions.accountKind ?? 'other',
            date: extensions.reapplyAfter
              ? intl.formatDate(`${extensions.reapplyAfter}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' })
              : '',
            name: extensions.claimedBy ?? '',
            megabytes: Math.floor((extensions.maxBytes ?? 5_242_880) / 1_048_576),
          },
        )
      : intl.formatMessage({ id: 'errors.generic' });
  const fields: Record<string, string> = {};
  for (const [field, rule] of Object.entries(extensions.fields ?? {})) {
    const leaf = field.split('.').at(-1) ?? field;
    const specific = /password$/i.test(leaf) ? `errors.field.password.${rule}` : '';
    const id = specific && intl.messages[specific] ? specific : `errors.field.${rule}`;
    // The full path (`workHistory.0.endMonth`) is also the form's path for that input.
    fields[field] = intl.messages[id] ? intl.formatMessage({ id }) : intl.formatMessage({ id: 'errors.field.isIn' });
  }
  return { message, fields, code };
}
