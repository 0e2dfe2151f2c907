import { type ComponentType, lazy, type ReactElement } from 'react';
import type { RouteObject } from 'react-router';

/** A page of an app: where it is, and its code, a download of its own fetched on its first visit. */
export interface PageRoute {
  path?: string;
  index?: true;
  page: () => Promise<ComponentType>;
}

/**
 * The routes of `pages`, each rendering its page lazily: while a page's code is on its way, the
 * nearest Suspense boundary (the signed-in frame's, or the shell's) shows instead.
 */
export function pageRoutes(pages: PageRoute[]): RouteObject[] {
  return pages.map(({ path, index, page }) => {
    const element = lazyElement(page);
    return index ? { index, element } : { path, element };
  });
}

/**
 * One lazy component per page for the app's lifetime: one made anew while an earlier one waits (a
 * render React threw away and retried) would start its wait over, and never show.
 */
const lazyPages = new WeakMap<PageRoute['page'], ReactElement>();

function lazyElement(page: PageRoute['page']): ReactElement {
  let element = lazyPages.get(page);
  if (!element) {
    const Page = lazy(() => page().then((component) => ({ default: component })));
    element = <Page />;
    lazyPages.set(page, element);
  }
  return element;
}
