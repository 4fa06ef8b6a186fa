import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/lib/capture/badge';
import { makeCaptureRecord } from '../helpers/records';

describe('badgeFor', () => {
  const record = makeCaptureRecord();
  it.each([
    [{ kind: 'stored', record, created: true }, '✓'],
    [{ kind: 'stored', record, created: false }, '↻'],
    [{ kind: 'already-captured', record }, '='],
    [{ kind: 'no-article', url: 'https://x.gov.cn/' }, '∅'],
    [{ kind: 'restricted', url: 'chrome://version', reason: 'browser-page' }, '!'],
    [{ kind: 'error', url: null, code: 'storage-full', message: 'quota' }, '!'],
  ] as const)('%o shows %s', (outcome, text) => {
    expect(badgeFor(outcome).text).toBe(text);
  });
});
