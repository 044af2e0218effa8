import { type ComponentType, memo, type NamedExoticComponent, type ReactNode, Suspense, use } from 'react';
import { useHydrated } from './hydration';

type Loadable<M> = {
  /** Starts (or joins) the download; a failed download may be tried again. */
  load: () => Promise<M>;
  /** The module once it has loaded, for rendering without suspending. */
  loaded: () => M | undefined;
};

const everything = new Set<() => Promise<unknown>>();

/**
 * Marks a promise as settled the way React's `use` reads it (`status` and `value`), so that once
 * it has resolved `use` returns its value at once instead of suspending for a tick.
 */
function tracked<T>(promise: Promise<T>): Promise<T> {
  promise.then(
    (value) => Object.assign(promise, { status: 'fulfilled', value }),
    () => {},
  );
  return promise;
}

/**
 * A lazily loaded module. Unlike React.lazy, once the module is in memory a component reading
 * it renders synchronously: the client loads the first page's modules before hydrating, and the
 * prerender loads them all, so neither ever suspends on code.
 */
export function loadable<M>(load: () => Promise<M>): Loadable<M> {
  let module: M | undefined;
  let pending: Promise<M> | undefined;
  const start = () => {
    pending ??= tracked(
      load().then(
        (loadedModule) => {
          module = loadedModule;
          return loadedModule;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      ),
    );
    return pending;
  };
  // Only the prerender and the tests load everything: the browser's build leaves the list out.
  if (import.meta.env.SSR || !import.meta.env.PROD) everything.add(start);
  return { load: start, loaded: () => module };
}

/** Reads a loadable module in render: synchronous when loaded, otherwise suspends. */
export function useLoadable<M>(loadableModule: Loadable<M>): M {
  return use(loadableModule.load());
}

type IslandOptions = {
  /**
   * Resolves when the island is wanted: the reader shows intent, the page is scrolled. Until then
   * its code is not fetched.
   */
  when: () => Promise<unknown>;
  /** Shown from the trigger until the code arrives (nothing, unless the reader is waiting for it). */
  fallback?: ReactNode;
};

/** What a failed island download shows: nothing (the page around it keeps working). */
const Nothing = () => null;

/**
 * A lazy island: code a page does not need until something happens, fetched then in its own
 * chunk and shown inside its own Suspense boundary (its fallback, nothing by default, until the
 * code arrives). An island is not
 * in the prerendered HTML and is mounted only once the page has hydrated: a boundary still
 * waiting for its code while hydrating would stay dehydrated, and React makes every later
 * navigation (a context change above it) wait for that boundary to hydrate — for ever, if its
 * trigger never comes. So what the HTML must show goes around the island, in ordinary
 * components; the island adds behaviour or content that appears on its trigger. Islands are
 * memoized: a parent's re-render passes them by.
 */
export function island<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { when, fallback = null }: IslandOptions,
): NamedExoticComponent<P> {
  const code = loadable(load);
  let wanted: Promise<ComponentType<P>> | undefined;
  const want = () => {
    wanted ??= tracked(
      when()
        .then(code.load)
        .catch(() => {
          // Offline and not cached: try again the next time the island is mounted.
          wanted = undefined;
          return Nothing;
        }),
    );
    return wanted;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: made once per island at module load, never in render
  function Loaded(props: P) {
    // Code already in memory (a later page, a test) renders at once, whatever `when` says.
    const Component = use(code.loaded() ? code.load() : want());
    return <Component {...props} />;
  }
  // biome-ignore lint/correctness/noComponentHookFactories: made once per island at module load, never in render
  function Island(props: P) {
    if (!useHydrated()) return null;
    return (
      <Suspense fallback={fallback}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return memo(Island);
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
