import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNearDuplicateOf, fingerprintText, similarity } from '../../lib/dedupe';

// Bodies of three different party-meeting reports (from ../shared/seeds): same genre, same vocabulary.
const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const meeting = read('seed-000.txt');
const plenum = read('seed-003.txt');
const conference = read('seed-004.txt');

/** The same 通稿 as another site shows it: other chrome lines around it, other punctuation and spacing. */
function repostWithChrome(body: string): string {
  return [
    '来源：常州日报　　责任编辑：王某某',
    body.replaceAll(',', '，').replaceAll('\n', '\n\n　　'),
    '【打印本页】【关闭窗口】',
  ].join('\n');
}

function replaceOneSentence(body: string): string {
  const sentences = body.split('。');
  sentences[3] = '会议还通报了全市基层党组织建设情况并部署了下一阶段的重点工作任务';
  return sentences.join('。');
}

const entry = (id: string, text: string, first_captured_at: string) => ({
  id,
  fingerprint: fingerprintText(text),
  first_captured_at,
});

describe('fingerprintText', () => {
  it('is deterministic and compact', () => {
    const fp = fingerprintText(meeting);
    expect(fp).toBe(fingerprintText(meeting));
    expect(fp).toMatch(/^m1:\d+:[0-9a-f]{1024}$/);
  });

  it('gives an empty body an empty signature', () => {
    expect(fingerprintText('')).toBe('m1:0:');
    expect(fingerprintText('，。、 \n')).toBe('m1:0:');
  });
});

describe('similarity', () => {
  it('sees a repost with other site chrome as nearly the same text', () => {
    expect(similarity(fingerprintText(meeting), fingerprintText(repostWithChrome(meeting)))).toBeGreaterThan(0.95);
  });

  it('sees one changed sentence as at least 90% the same', () => {
    const s = similarity(fingerprintText(meeting), fingerprintText(replaceOneSentence(meeting)));
    expect(s).toBeGreaterThanOrEqual(0.9);
    expect(s).toBeLessThan(1);
  });

  it('sees two reports of the same kind of meeting as different', () => {
    expect(similarity(fingerprintText(meeting), fingerprintText(plenum))).toBeLessThan(0.2);
    expect(similarity(fingerprintText(plenum), fingerprintText(conference))).toBeLessThan(0.2);
  });

  it('does not call half of an article the same as the whole', () => {
    const half = meeting.slice(0, Math.floor(meeting.length / 2));
    expect(similarity(fingerprintText(meeting), fingerprintText(half))).toBeLessThan(0.7);
  });
});

describe('findNearDuplicateOf', () => {
  const original = entry('a1', meeting, '2024-01-01T08:00:00.000Z');
  const repost = entry('b2', repostWithChrome(meeting), '2024-01-02T08:00:00.000Z');
  const edited = entry('c3', replaceOneSentence(meeting), '2024-01-03T08:00:00.000Z');
  const other = entry('d4', plenum, '2023-12-01T08:00:00.000Z');

  it('returns the earliest capture of the same text, whatever the candidate order', () => {
    const record = { id: 'new', fingerprint: fingerprintText(replaceOneSentence(repostWithChrome(meeting))) };
    expect(findNearDuplicateOf([edited, repost, other, original], record)).toBe('a1');
    expect(findNearDuplicateOf([original, other, repost, edited], record)).toBe('a1');
  });

  it('never names the record itself', () => {
    expect(findNearDuplicateOf([original], { id: 'a1', fingerprint: original.fingerprint })).toBeNull();
    expect(findNearDuplicateOf([original, repost], { id: 'a1', fingerprint: original.fingerprint })).toBe('b2');
  });

  it('on a re-capture, looks only at earlier captures: an original never becomes a copy of its copy', () => {
    const again = { id: 'a1', fingerprint: original.fingerprint, first_captured_at: original.first_captured_at };
    expect(findNearDuplicateOf([original, repost, edited, other], again)).toBeNull();
    const repostAgain = { id: 'b2', fingerprint: repost.fingerprint, first_captured_at: repost.first_captured_at };
    expect(findNearDuplicateOf([edited, repost, original], repostAgain)).toBe('a1');
  });

  it('returns null for a different article on the same topic', () => {
    expect(findNearDuplicateOf([original, repost, edited], { id: 'x', fingerprint: other.fingerprint })).toBeNull();
  });

  it('handles short texts: identical ones match, a one-character difference in a headline-size text does not', () => {
    const notice = entry('n1', '关于2024年春节放假安排的通知', '2024-01-01T00:00:00Z');
    expect(findNearDuplicateOf([notice], { id: 'n2', fingerprint: fingerprintText('关于2024年春节放假安排的通知。') })).toBe('n1');
    expect(findNearDuplicateOf([notice], { id: 'n3', fingerprint: fingerprintText('关于2025年春节放假安排的通知') })).toBeNull();
    expect(findNearDuplicateOf([entry('s', '好', 'x')], { id: 't', fingerprint: fingerprintText('好') })).toBe('s');
    expect(findNearDuplicateOf([entry('s', '好', 'x')], { id: 't', fingerprint: fingerprintText('坏') })).toBeNull();
  });

  it('never matches empty bodies or unreadable fingerprints', () => {
    const empty = entry('e1', '', '2024-01-01T00:00:00Z');
    expect(findNearDuplicateOf([empty], { id: 'e2', fingerprint: fingerprintText('') })).toBeNull();
    expect(findNearDuplicateOf([{ ...original, fingerprint: '0123456789abcdef' }], { id: 'z', fingerprint: original.fingerprint })).toBeNull();
  });

  it('compares against 10,000 fingerprints, finding the one near copy among them', () => {
    const candidates = Array.from({ length: 10_000 }, (_, i) => ({ ...other, id: `o${i}` }));
    expect(findNearDuplicateOf(candidates, { id: 'x', fingerprint: original.fingerprint })).toBeNull();
    const withCopy = [...candidates.slice(0, 5_000), { ...original, id: 'copy' }, ...candidates.slice(5_000)];
    expect(findNearDuplicateOf(withCopy, { id: 'x', fingerprint: original.fingerprint })).toBe('copy');
  });
});
