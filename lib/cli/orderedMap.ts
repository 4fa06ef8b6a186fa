// Map an async stream through an async function with up to `window` calls in flight, yielding results in input
// order. The source is pulled only when there is room, so memory holds at most `window` items whatever the input.

export async function* orderedMap<T, R>(source: AsyncIterable<T>, run: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const inFlight: Array<Promise<R>> = [];
  for await (const item of source) {
    const next = run(item);
    // Rejections are awaited in order below; this keeps an early one from being reported as unhandled.
    next.catch(() => {});
    inFlight.push(next);
    if (inFlight.length >= window) yield await inFlight.shift()!;
  }
  while (inFlight.length > 0) yield await inFlight.shift()!;
}
