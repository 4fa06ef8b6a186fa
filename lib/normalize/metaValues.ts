// Values of the page's metas and JSON-LD, read the same way by every field.

/** The first non-empty meta among `keys` (lower-cased names), trimmed. */
export function firstMeta(meta: Record<string, string>, keys: string[]): string | null {
  for (const k of keys) {
    const v = meta[k]?.trim();
    if (v) return v;
  }
  return null;
}

/** Every object in the JSON-LD blocks (arrays and @graph flattened). */
export function jsonLdObjects(blocks: unknown[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      out.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  blocks.forEach(visit);
  return out;
}

export function jsonLdString(objects: Record<string, unknown>[], key: string): string | null {
  for (const o of objects) {
    const v = o[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return null;
}
