/**
 * A zod schema built on first use. Building schemas is a noticeable part of start-up (zod's first
 * instances run cold), and a warm command — settings and records from the cache — never validates
 * anything, so the module-level schemas are wrapped in this: the name, type and behaviour stay those
 * of the schema, and the work happens the first time anything is asked of it.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let real: T | undefined;
  const schema = () => (real ??= build());
  return new Proxy(Object.create(null) as T, {
    get: (_, key) => Reflect.get(schema(), key),
    has: (_, key) => Reflect.has(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(schema(), key);
      return d && { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
