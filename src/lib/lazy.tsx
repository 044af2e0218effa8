import { type ComponentType, lazy, Suspense, use } from 'react';

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

/**
 * A lazy island: a component whose code arrives in its own chunk, inside its own Suspense
 * boundary that shows nothing until then. The prerender loads every island's code, so islands
 * are in the HTML; the browser hydrates each one when its chunk lands.
 */
export function island<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const code = loadable(load);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per island at module load, never in render
  function Loaded(props: P) {
    const Component = useLoadable(code);
    return <Component {...props} />;
  }
  // Several instances of one island (a story's pictures, quotes…) may suspend together; React.lazy
  // lets each retry on its own, where use() after another instance loaded the code would not.
  const Shared = lazy(() => code.load().then(() => ({ default: Loaded })));
  // biome-ignore lint/correctness/noComponentHookFactories: made once per island at module load, never in render
  function Island(props: P) {
    return (
      <Suspense fallback={null}>
        <Shared {...props} />
      </Suspense>
    );
  }
  return Island;
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
