// Navigation lives in the location hash (#/drafts/12): the back button works and the
// desk needs no router package; the server never sees it.
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'home' }
  | { page: 'drafts' }
  | { page: 'lexicon' }
  | { page: 'try' }
  | { page: 'draft'; draftId: number }
  | { page: 'users' }
  | { page: 'departments' }
  | { page: 'audit' }
  | { page: 'password' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [head, arg] = parts;
  switch (head) {
    case 'drafts': {
      const id = Number(arg);
      return arg && Number.isInteger(id) && id > 0 ? { page: 'draft', draftId: id } : { page: 'drafts' };
    }
    case 'lexicon':
    case 'try':
    case 'users':
    case 'departments':
    case 'audit':
    case 'password':
      return { page: head };
    default:
      return { page: 'home' };
  }
}

export function routeHash(route: Route): string {
  if (route.page === 'draft') return `#/drafts/${route.draftId}`;
  return route.page === 'home' ? '#/' : `#/${route.page}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
