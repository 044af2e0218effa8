import type { Plugin } from 'vite';
import type { Content } from './content.ts';
import { FEED_FILE, ROBOTS_FILE, renderFeed, renderRobots } from './discovery.ts';

type Options = {
  content: () => Content;
  siteUrl: string;
};

/**
 * Emits the news feed and robots.txt into the client build, from the validated stories. (The
 * sitemap lists pages, so the prerender writes it: see prerender-plugin.ts.)
 */
export function discoveryPlugin(options: Options): Plugin {
  return {
    name: 'broadsheet:discovery',
    apply: 'build',
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
