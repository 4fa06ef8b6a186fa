// Every write to the store is announced to the worker and every extension page (a BroadcastChannel reaches all
// contexts of the extension's origin), so that no open page keeps showing, or saves against, a record that changed.

const CHANNEL = 'zhengwen-captures';

/** What changed: these capture ids (written or deleted), or everything (an import, a database that was recreated). */
export type CapturesChange = { ids: string[] } | { all: true };

/** A context does not need to hear its own writes: it already knows them. */
const thisContext = Math.random().toString(36).slice(2);

export function announceChange(change: CapturesChange): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ from: thisContext, change });
  channel.close();
}

/** Listen to changes made by other contexts; returns the function that stops listening. */
export function onCapturesChanged(listener: (change: CapturesChange) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<{ from: string; change: CapturesChange }>) => {
    if (event.data?.from !== thisContext) listener(event.data.change);
  };
  return () => channel.close();
}
