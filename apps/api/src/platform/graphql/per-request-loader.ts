import DataLoader from 'dataloader';

/**
 * A DataLoader per GraphQL request: a field resolved on every item of a page costs one batch,
 * and nothing is cached past the request that read it.
 */
export function perRequestLoader<K, V>(batch: (keys: readonly K[]) => Promise<Array<V | Error>>) {
  const loaders = new WeakMap<object, DataLoader<K, V>>();
  return (request: object): DataLoader<K, V> => {
    let loader = loaders.get(request);
    if (!loader) {
      loader = new DataLoader(batch);
      loaders.set(request, loader);
    }
    return loader;
  };
}
