import { loadSourceRegistry } from './data/index.js';

// The registry of source domains (data/sources.json): who publishes a page and what kind of publisher it
// is. The trust labels name the owner, and the content test refuses a shown source whose domain is missing
// here or listed under `never`.

export type PublisherKind = 'official' | 'government' | 'press' | 'academic' | 'community' | 'commercial';

export interface Publisher {
  key: string;
  owner: string;
  /** The owner's name in Chinese, where it is not a proper name that stays as it is. */
  ownerZh?: string;
  kind: PublisherKind;
}

interface Registry {
  domains: Record<string, { owner: string; ownerZh?: string; kind: PublisherKind }>;
  never: Record<string, string>;
}
const registry = () => loadSourceRegistry() as Registry;

/** The registry keys a URL falls under: its host, any parent domain, and host/path prefixes, longest first. */
function candidates(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const labels = host.split('.');
  const hosts = labels.slice(0, -1).map((_, index) => labels.slice(index).join('.'));
  const segments = parsed.pathname.split('/').filter(Boolean);
  const withPaths = segments.map((_, index) => `${host}/${segments.slice(0, index + 1).join('/')}`).reverse();
  return [...withPaths, ...hosts];
}

function lookup<T>(table: Record<string, T>, url: string): [string, T] | undefined {
  for (const key of candidates(url)) if (Object.hasOwn(table, key)) return [key, table[key]!];
  return undefined;
}

/** Who publishes the page at `url`, or undefined if the registry does not know the domain. */
export function publisherOf(url: string): Publisher | undefined {
  const found = lookup(registry().domains, url);
  return found ? { key: found[0], ...found[1] } : undefined;
}

/** Why a URL must never be shown (proxy, mirror, seller…), or undefined. */
export function neverShown(url: string): string | undefined {
  return lookup(registry().never, url)?.[1];
}

/**
 * Whether a source may be shown: https, its domain registered, and not a proxy, mirror, archive, seller or
 * content farm. Data in content/data/ is held to this by the content test; this guards sources kept elsewhere.
 */
export function isShowable(url: string): boolean {
  return url.startsWith('https://') && !neverShown(url) && publisherOf(url) !== undefined;
}
