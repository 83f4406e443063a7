// Values made at their first use, once.

/** Lazily built value: made on its first use, once. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
