/**
 * The view and its filters live in the URL hash (#/dyad?a=IRN&b=RUS&by=year), so any view can be
 * bookmarked, shared and reloaded.
 * @module
 */

export const VIEWS = ['library', 'reader', 'timeline', 'dyad', 'network', 'review'] as const;
export type ViewName = (typeof VIEWS)[number];

export interface Route {
  view: ViewName;
  /** the path segment after the view, e.g. a document id */
  arg: string | null;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2) as [string?, string?];
  const [view = '', arg = null] = path.split('/', 2) as [string?, string?];
  const known = (VIEWS as readonly string[]).includes(view) ? (view as ViewName) : 'library';
  return { view: known, arg: arg ? decodeURIComponent(arg) : null, params: new URLSearchParams(query) };
}

export function routeHash(
  view: ViewName,
  arg: string | number | null,
  params: Record<string, string | number | null | undefined> | URLSearchParams = {},
): string {
  const search = params instanceof URLSearchParams ? new URLSearchParams(params) : new URLSearchParams();
  if (!(params instanceof URLSearchParams)) {
    for (const [k, v] of Object.entries(params))
      if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  }
  const q = search.toString();
  return `#/${view}${arg !== null && arg !== '' ? `/${encodeURIComponent(String(arg))}` : ''}${q ? `?${q}` : ''}`;
}

export function navigate(hash: string): void {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}

/** the same view with some filters changed; empty values remove the filter */
export function withParams(
  route: Route,
  changes: Record<string, string | number | null | undefined>,
): string {
  const params = new URLSearchParams(route.params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '') params.delete(k);
    else params.set(k, String(v));
  }
  return routeHash(route.view, route.arg, params);
}
