import { CombinedGraphQLErrors } from '@apollo/client';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { HttpApiError } from '../files/upload-file';
import en from '../i18n/messages/en.json';
import tr from '../i18n/messages/tr.json';
import { describeError } from './describe-error';

const graphqlError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'server words', extensions }] });

describe('describeError', () => {
  const intl = createIntl({ locale: 'en', messages: en });

  it('translates field errors from the API onto the named inputs', () => {
    const described = describeError(
      graphqlError({
        code: 'BAD_USER_INPUT',
        fields: { email: 'isEmail', password: 'isLength', displayName: 'isLength' },
      }),
      intl,
    );
    expect(described).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Please correct the highlighted fields.',
      fields: {
        email: 'Enter a valid e-mail address.',
        password: 'Use 10 to 128 characters.',
        displayName: 'This is empty or too long.',
      },
    });
  });

  it('words a throttled sign-in with the wait, in the reader’s language', () => {
    const turkish = createIntl({ locale: 'tr', messages: tr });
    expect(describeError(graphqlError({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 600 }), turkish).message).toBe(
      'Çok fazla başarısız deneme. 10 dakika sonra tekrar deneyin.',
    );
  });

  it('words a refused upload the same way as a GraphQL error', () => {
    const described = describeError(
      new HttpApiError('FILE_TYPE_NOT_ALLOWED', 'server words', { file: 'pdfOrDocx' }),
      intl,
    );
    expect(described).toEqual({
      code: 'FILE_TYPE_NOT_ALLOWED',
      message: 'Upload a PDF or a Word (.docx) document.',
      fields: { file: 'PDF or Word (.docx) only' },
    });
    expect(describeError(new HttpApiError(null, 'network'), intl).message).toBe(en['errors.network']);
  });

  it('words a refused upload with what the route said about it (the quota, the wait)', () => {
    const quota = new HttpApiError(
      'UPLOAD_QUOTA_EXCEEDED',
      'server words',
      { file: 'quotaExceeded' },
      { maxBytes: 1_073_741_824 },
    );
    expect(describeError(quota, intl)).toEqual({
      code: 'UPLOAD_QUOTA_EXCEEDED',
      message: 'Your handed-in files have used up their space (1024 MB).',
      fields: { file: 'No space left for more files' },
    });
    const limited = new HttpApiError('RATE_LIMITED', 'server words', {}, { retryAfterSeconds: 1_800 });
    expect(describeError(limited, intl).message).toBe('You have done this too often. Try again in 30 minutes.');
  });

  it('puts the reapply date into the message, in the reader’s language', () => {
    const turkish = createIntl({ locale: 'tr', messages: tr });
    expect(describeError(graphqlError({ code: 'REAPPLY_TOO_SOON', reapplyAfter: '2027-03-01' }), turkish).message).toBe(
      '1 Mart 2027 tarihinden itibaren yeniden başvurabilirsiniz.',
    );
  });

  it('never shows raw server text for unknown codes or network failures', () => {
    expect(describeError(graphqlError({ code: 'SOMETHING_NEW' }), intl).message).toBe(en['errors.generic']);
    expect(describeError(new TypeError('Failed to fetch'), intl).message).toBe(en['errors.network']);
  });
});
