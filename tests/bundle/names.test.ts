import { describe, expect, it } from 'vitest';
import { bundleFileName, textEntryName, unsafeEntryNameReason } from '../../lib/bundle/names';

describe('bundle names', () => {
  it('names the bundle after the local date and time', () => {
    expect(bundleFileName(new Date(2026, 0, 5, 7, 3))).toBe('zhengwen-corpus-20260105-0703.zip');
    expect(bundleFileName(new Date(2026, 10, 22, 23, 59), 'jsonl')).toBe('zhengwen-corpus-20261122-2359.jsonl');
  });

  it('pads text numbers to 4 digits, wider when there are more than 9999 texts', () => {
    expect(textEntryName(7, 12, 'abc')).toBe('texts/0007_abc.txt');
    expect(textEntryName(9999, 9999, 'abc')).toBe('texts/9999_abc.txt');
    expect(textEntryName(7, 10_000, 'abc')).toBe('texts/00007_abc.txt');
  });

  it('refuses entry names that could escape the folder they are unpacked into', () => {
    for (const name of ['../evil.txt', 'texts/../../evil.txt', '/etc/passwd', 'C:/x.txt', 'texts\\evil.txt', '']) {
      expect(unsafeEntryNameReason(name), name).not.toBeNull();
    }
    for (const name of ['articles.jsonl', 'texts/0001_abc.txt', 'html/abc.html', 'a..b.txt']) {
      expect(unsafeEntryNameReason(name), name).toBeNull();
    }
  });
});
