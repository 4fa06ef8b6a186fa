// CRC-32 (the zip checksum), used by the reader to prove each entry inflated to exactly what was stored.

const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export class Crc32 {
  private crc = -1;

  update(data: Uint8Array): this {
    let c = this.crc;
    for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
    this.crc = c;
    return this;
  }

  /** The checksum as an unsigned 32-bit number, as stored in zip headers. */
  value(): number {
    return ~this.crc >>> 0;
  }
}
