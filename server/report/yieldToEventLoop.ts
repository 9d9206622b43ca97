// Long exports run on the server's one event loop; giving way between chunks keeps sockets,
// board sync and other requests answering while a 2,000-note report is written.
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
