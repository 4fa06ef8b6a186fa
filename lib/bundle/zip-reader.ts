// Reads a zip through its central directory, then streams the entries it is asked for through fflate's UnzipInflate.
//
// Why not fflate's streaming Unzip: zips written by its streaming Zip (ours included) put sizes after the data, and
// Unzip finds the end of an entry by scanning compressed bytes for a signature, which random data contains about once
// per 1.4 GB; it also cannot tell a truncated file from a short one. The central directory at the end of the file
// gives every entry's exact offset, size and CRC, so truncation and corruption are found for certain.

import { UnzipInflate } from 'fflate';
import { Crc32 } from './crc32';
import { BundleError } from './errors';

/** Random access to the bytes of the file (a Blob in the browser, a Uint8Array in tests). */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function byteSourceOf(input: Blob | Uint8Array): ByteSource {
  if (input instanceof Uint8Array) {
    return { size: input.length, read: async (offset, length) => input.subarray(offset, offset + length) };
  }
  return {
    size: input.size,
    read: async (offset, length) => new Uint8Array(await input.slice(offset, offset + length).arrayBuffer()),
  };
}

export interface ZipEntryInfo {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export interface ZipDirectory {
  entries: ZipEntryInfo[];
  /** Where the central directory starts: no entry's data may reach past it. */
  directoryOffset: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const EOCD_SIZE = 22;
const READ_SLICE = 1 << 20;
/**
 * Compressed bytes handed to the inflater at once. Deflate expands at most about 1032:1, so one step makes at most
 * ~16 MB, and a size check between steps stops a zip bomb before it fills memory.
 */
const INFLATE_STEP = 16 << 10;
/** Text and HTML compress 3–15:1; an entry claiming more than this ratio (and more than BOMB_FLOOR bytes) is a bomb. */
const MAX_RATIO = 100;
const BOMB_FLOOR = 32 << 20;

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

const truncated = () =>
  new BundleError('truncated', {
    en: 'The zip file is incomplete (its end is missing): the download or copy was probably cut off. Export it again.',
    zh: 'zip 文件不完整（缺少结尾），可能下载或复制时中断。请重新导出。',
  });

export const corrupt = (detail: string) =>
  new BundleError('corrupt', {
    en: `The zip file is damaged (${detail}). Export it again.`,
    zh: `zip 文件已损坏（${detail}）。请重新导出。`,
  });

const zipBomb = (name: string) =>
  new BundleError('too-large', {
    en: `${name} would unpack to more than ${MAX_RATIO} times its packed size: this is not a bundle zhengwen wrote, and it was not unpacked.`,
    zh: `${name} 解压后将超过其压缩大小的 ${MAX_RATIO} 倍，不是 zhengwen 导出的包，未解压。`,
  });

const looksLikeBomb = (size: number, compressedSize: number) => size > BOMB_FLOOR && size > compressedSize * MAX_RATIO;

const unsupported = (detail: string) =>
  new BundleError('unsupported', {
    en: `This zip uses a feature zhengwen cannot read (${detail}). Import the articles.jsonl file instead.`,
    zh: `此 zip 使用了 zhengwen 无法读取的格式（${detail}）。请改为导入其中的 articles.jsonl 文件。`,
  });

export async function readZipDirectory(source: ByteSource): Promise<ZipDirectory> {
  const tailStart = Math.max(0, source.size - EOCD_SIZE - 0xffff);
  const tail = await source.read(tailStart, source.size - tailStart);
  const end = findEndOfDirectory(tail);
  if (end < 0) throw truncated();
  const endOffset = tailStart + end;
  if (end >= 20 && u32(tail, end - 20) === ZIP64_LOCATOR) throw unsupported('Zip64');
  if (u16(tail, end + 4) !== 0 || u16(tail, end + 6) !== 0) throw unsupported('split archive');
  const directorySize = u32(tail, end + 12);
  const directoryOffset = u32(tail, end + 16);
  if (directoryOffset + directorySize > endOffset) throw corrupt('central directory out of place');

  const directory = await source.read(directoryOffset, directorySize);
  const entries: ZipEntryInfo[] = [];
  for (let at = 0; at < directory.length; ) {
    if (at + 46 > directory.length || u32(directory, at) !== CENTRAL_HEADER) throw corrupt('bad central directory');
    const flags = u16(directory, at + 8);
    const nameLength = u16(directory, at + 28);
    const next = at + 46 + nameLength + u16(directory, at + 30) + u16(directory, at + 32);
    if (next > directory.length) throw corrupt('bad central directory');
    entries.push({
      name: decodeName(directory.subarray(at + 46, at + 46 + nameLength), flags),
      flags,
      method: u16(directory, at + 10),
      crc: u32(directory, at + 16),
      compressedSize: u32(directory, at + 20),
      size: u32(directory, at + 24),
      localHeaderOffset: u32(directory, at + 42),
    });
    at = next;
  }
  // The 16-bit count wraps past 65535 entries (no Zip64 here), so it is compared modulo 2^16.
  if (entries.length % 0x10000 !== u16(tail, end + 10)) throw corrupt('entry count mismatch');
  return { entries, directoryOffset };
}

/** Last end-of-central-directory record whose comment reaches exactly to the end of the file. */
function findEndOfDirectory(tail: Uint8Array): number {
  for (let at = tail.length - EOCD_SIZE; at >= 0; at--) {
    if (u32(tail, at) === END_OF_DIRECTORY && at + EOCD_SIZE + u16(tail, at + 20) === tail.length) return at;
  }
  return -1;
}

/** Bit 11 marks UTF-8 names; others are CP437, which equals Latin-1 for the ASCII names zips normally carry. */
function decodeName(bytes: Uint8Array, flags: number): string {
  if (flags & 0x800) return new TextDecoder().decode(bytes);
  return String.fromCharCode(...bytes);
}

/**
 * The uncompressed bytes of one entry, in chunks, checked against the directory's size and CRC at the end (a damaged
 * entry throws 'corrupt' after its last chunk; callers must not commit anything before the generator finishes).
 */
export async function* entryChunks(
  source: ByteSource,
  directory: ZipDirectory,
  entry: ZipEntryInfo,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  if (entry.flags & 1) throw unsupported('encrypted entry');
  if (entry.method !== 0 && entry.method !== 8) throw unsupported(`compression method ${entry.method}`);
  const header = await source.read(entry.localHeaderOffset, 30);
  if (header.length < 30 || u32(header, 0) !== LOCAL_HEADER) throw corrupt(`no local header for ${entry.name}`);
  const nameLength = u16(header, 26);
  const localName = await source.read(entry.localHeaderOffset + 30, nameLength);
  if (decodeName(localName, u16(header, 6)) !== entry.name) throw corrupt(`names disagree for ${entry.name}`);
  const dataStart = entry.localHeaderOffset + 30 + nameLength + u16(header, 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > directory.directoryOffset) throw corrupt(`${entry.name} overlaps the directory`);
  if (looksLikeBomb(entry.size, entry.compressedSize)) throw zipBomb(entry.name);

  // The inflater reports through a callback; this records what it said.
  const inflated = { chunks: [] as Uint8Array[], failure: null as Error | null, finished: entry.method === 0 };
  const inflate = entry.method === 8 ? new UnzipInflate() : null;
  if (inflate) {
    inflate.ondata = (error, chunk, final) => {
      if (error) inflated.failure ??= error;
      else inflated.chunks.push(chunk);
      if (final) inflated.finished = true;
    };
  }
  const crc = new Crc32();
  let size = 0;
  let offset = dataStart;
  do {
    signal?.throwIfAborted();
    const slice = await source.read(offset, Math.min(READ_SLICE, dataEnd - offset));
    if (slice.length === 0) throw corrupt(`${entry.name} ends early`);
    for (let step = 0; step < slice.length; step += INFLATE_STEP) {
      const piece = slice.subarray(step, step + INFLATE_STEP);
      if (inflate) inflate.push(piece, offset + step + piece.length >= dataEnd);
      else inflated.chunks.push(piece);
      if (inflated.failure) throw corrupt(`${entry.name}: ${inflated.failure.message}`);
      for (const chunk of inflated.chunks.splice(0)) {
        crc.update(chunk);
        size += chunk.length;
        // Stop a zip bomb early: never inflate past the size the directory declares.
        if (size > entry.size) throw corrupt(`${entry.name} is larger than declared`);
        yield chunk;
      }
    }
    offset += slice.length;
  } while (offset < dataEnd);
  if (!inflated.finished) throw corrupt(`${entry.name} ends early`);
  if (size !== entry.size || crc.value() !== entry.crc) throw corrupt(`${entry.name} fails its checksum`);
}
