import { type ComponentType, use } from 'react';

type Loadable<M> = {
  /** Starts (or joins) the download; a failed download may be tried again. */
  load: () => Promise<M>;
  /** The module once it has loaded, for rendering without suspending. */
  loaded: () => M | undefined;
};

const everything = new Set<() => Promise<unknown>>();

/**
 * A lazily loaded module. Unlike React.lazy, once the module is in memory a component reading
 * it renders synchronously: the client loads the first page's modules before hydrating, and the
 * prerender loads them all, so neither ever suspends on code.
 */
export function loadable<M>(load: () => Promise<M>): Loadable<M> {
  let module: M | undefined;
  let pending: Promise<M> | undefined;
  const start = () => {
    pending ??= load().then(
      (loadedModule) => {
        module = loadedModule;
        return loadedModule;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  everything.add(start);
  return { load: start, loaded: () => module };
}

/** Reads a loadable module in render: synchronous when loaded, otherwise suspends. */
export function useLoadable<M>(loadableModule: Loadable<M>): M {
  return loadableModule.loaded() ?? use(loadableModule.load());
}

/** A component whose code arrives in its own chunk (wrap it in a Suspense boundary). */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => Promise<unknown> } {
  const code = loadable(load);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per lazy module at module load, never in render
  function Lazy(props: P) {
    const Component = useLoadable(code);
    return <Component {...props} />;
  }
  return Object.assign(Lazy, { preload: code.load });
}

/**
 * Loads every lazy module (for the prerender, which must never suspend on code), including those
 * that only become known when a lazily loaded module (a route) declares its own islands.
 */
export async function loadEverything(): Promise<void> {
  let known = 0;
  while (everything.size > known) {
    known = everything.size;
    await Promise.all([...everything].map((load) => load()));
  }
}
