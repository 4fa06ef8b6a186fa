import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../lib/bundle/write';
import { makeCaptureRecord } from '../helpers/records';
import { memorySink } from './memory-sink';
import { parseCsv, textOf, unpack } from './unzip';

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  format: string;
  mediatype: string;
  encoding: string;
  schema?: { fields: { name: string; type: string }[] };
}

async function bundle() {
  const records = [makeCaptureRecord(), makeCaptureRecord({ has_html: true }), makeCaptureRecord()];
  const sink = memorySink();
  const now = new Date('2026-11-22T10:00:00Z');
  await writeBundle(records, sink, { format: 'zip', now, includeHtml: true, getHtml: async (id) => `<p>${id}</p>` });
  const files = unpack(sink.bytes());
  return { files, descriptor: JSON.parse(textOf(files, 'datapackage.json')), records };
}

describe('datapackage.json', () => {
  it('lists every other file with the bytes and SHA-256 recomputed from the unzipped file', async () => {
    const { files, descriptor } = await bundle();
    const resources: Resource[] = descriptor.resources;
    expect(resources.map((r) => r.path).sort()).toEqual([...files.keys()].filter((p) => p !== 'datapackage.json').sort());
    for (const resource of resources) {
      const data = files.get(resource.path)!;
      expect(resource.bytes, resource.path).toBe(data.length);
      expect(resource.hash, resource.path).toBe(`sha256:${createHash('sha256').update(data).digest('hex')}`);
      // Patterns of the Frictionless v1 data-package profile (JSON Schema) for name, path, mediatype and hash.
      expect(resource.name).toMatch(/^([-a-z0-9._/])+$/);
      expect(resource.path).toMatch(/^(?=^[^./~])(^((?!\.{2}).)*$).*$/);
      expect(resource.mediatype).toMatch(/^(.+)\/(.+)$/);
      expect(resource.hash).toMatch(/^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32}|)$/);
      expect(Number.isInteger(resource.bytes)).toBe(true);
      expect(resource.encoding).toBeTruthy();
    }
    expect(new Set(resources.map((r) => r.name)).size).toBe(resources.length);
  });

  it('is a data package with a typed schema that matches the CSV header', async () => {
    const { files, descriptor } = await bundle();
    expect(descriptor).toMatchObject({
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
      name: 'zhengwen-corpus',
      version: '1.0.0',
      created: '2026-11-22T10:00:00.000Z',
    });
    expect(descriptor.title).toBeTruthy();
    const metadata: Resource = descriptor.resources.find((r: Resource) => r.path === 'metadata.csv');
    const header = parseCsv(textOf(files, 'metadata.csv').slice(1))[0];
    expect(metadata.schema!.fields.map((f) => f.name)).toEqual(header);
    const typeOf = (name: string) => metadata.schema!.fields.find((f) => f.name === name)!.type;
    expect(typeOf('chars')).toBe('integer');
    expect(typeOf('views')).toBe('integer');
    expect(typeOf('captured_at')).toBe('datetime');
    expect(typeOf('published_date')).toBe('date');
    expect(typeOf('has_html')).toBe('boolean');
    expect(typeOf('title')).toBe('string');
  });

  it('names the capture runs as its sources, and the contributors when the options set them', async () => {
    const day = (d: number, extractorVersion = '0.1.0') =>
      makeCaptureRecord({
        first_captured_at: `2026-11-0${d}T08:00:00.000Z`,
        captured_at: `2026-11-0${d}T08:00:00.000Z`,
        extractor: { name: 'zhengwen', version: extractorVersion },
      });
    const records = [day(1), day(1), day(2), day(2, '0.0.9')];
    const contributors = [{ title: '王研究员', email: 'wang@example.edu', roles: ['creator'] }];
    const sink = memorySink();
    await writeBundle(records, sink, { format: 'zip', contributors });
    const descriptor = JSON.parse(textOf(unpack(sink.bytes()), 'datapackage.json'));
    expect(descriptor.sources).toEqual([
      { title: 'zhengwen 0.1.0 capture of 2026-11-01 (2 articles)', version: '0.1.0' },
      { title: 'zhengwen 0.1.0 capture of 2026-11-02 (1 article)', version: '0.1.0' },
      { title: 'zhengwen 0.0.9 capture of 2026-11-02 (1 article)', version: '0.0.9' },
    ]);
    expect(descriptor.contributors).toEqual(contributors);
    const { descriptor: without } = await bundle();
    expect(without).not.toHaveProperty('contributors');
  });
});
