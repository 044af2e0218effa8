import type { Plugin } from 'vite';
import type { Content } from './content.ts';
import { FEED_FILE, ROBOTS_FILE, renderFeed, renderRobots } from './discovery.ts';

type Options = {
  content: () => Content;
  siteUrl: string;
  /** Printed by every build made with it: SITE_URL is unset or local (see site-url.ts). */
  warning?: string | undefined;
};

/**
 * Emits the news feed and robots.txt into the client build, from the validated stories. (The
 * sitemap lists pages, so the prerender writes it: see prerender-plugin.ts.)
 */
export function discoveryPlugin(options: Options): Plugin {
  return {
    name: 'broadsheet:discovery',
    apply: 'build',
    buildStart() {
      if (options.warning && !this.environment.config.build.ssr) this.warn(options.warning);
    },
    generateBundle() {
      if (this.environment.config.build.ssr) return;
      const content = options.content();
      const files = {
        [FEED_FILE]: renderFeed(content, options.siteUrl, new Date()),
        [ROBOTS_FILE]: renderRobots(options.siteUrl),
      };
      for (const [fileName, source] of Object.entries(files)) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
