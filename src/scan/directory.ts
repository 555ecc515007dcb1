import { allServices, findService, type ServiceDef } from '../content/services.js';
import type { Localized } from '../i18n.js';
import { SCAN_ALIASES, SHORT_CODES } from './aliases.js';
import twofa from './data/2fa-directory.json' with { type: 'json' };

// The two directories scan matches against: simexit's own (content/services.ts, with scan's aliases) and the whole
// of 2fa.directory (src/scan/data, built by test/scan/tools/build-2fa-directory.ts). A 2fa.directory entry that a
// simexit service cites as its source is that service, so it is found under simexit's id.

/** A 2fa.directory row: name, domain, other domains, two-factor methods, documentation link ('' if none), regions. */
export type TwofaRow = [string, string, string[], string[], string, string[]];

export const TWOFA_SOURCE = twofa.source;
export const TWOFA_ROWS = twofa.entries as TwofaRow[];

/** One service scan can name: one of simexit's, or a 2fa.directory entry (id `2fa-<domain>`). */
export interface DirectoryEntry {
  id: string;
  kind: 'simexit' | '2fa';
  name: Localized;
  /** It sends codes by text or call (simexit: `sms`; 2fa.directory: methods `sms` or `call`). */
  textsOrCalls: boolean;
  /** 2fa.directory's methods (sms, call, totp, u2f, email, custom-software, custom-hardware). */
  methods: string[];
  domain?: string;
  documentation?: string;
  /** 2fa.directory's regions where the service is offered (ISO codes; empty: everywhere or not said). */
  regions: string[];
}

/** The registrable domain of a host or URL ("mail.google.com" → "google.com"), or null; tldts in production. */
export type DomainOf = (hostOrUrl: string) => string | null;

export interface Directory {
  entry(id: string): DirectoryEntry | undefined;
  /** The service a login's URL belongs to. */
  byUrl(url: string): DirectoryEntry | undefined;
  /** The service a domain written in a message belongs to. */
  byHost(host: string): DirectoryEntry | undefined;
  /** The service of a sender's short code, where a source lists one. */
  byShortCode(address: string): DirectoryEntry | undefined;
  /** A name as a brand prefix gives it (【支付宝】, [Kraken]), compared without case. */
  byName(name: string): DirectoryEntry | undefined;
  /** Every service named in a text, in the order found (simexit's names first, then 2fa.directory's). */
  namedIn(text: string): DirectoryEntry[];
  readonly size: number;
}

const TWOFA_SOURCE_FILE = /github\.com\/2factorauth\/twofactorauth\/blob\/[0-9a-f]+\/entries\/[^/]+\/([^/]+)\.json$/;

/** Names built into a service's display name: "Chase（大通银行）" → Chase, 大通银行. */
function namesOf(service: ServiceDef): string[] {
  const parts = [service.name.en, service.name.zh].flatMap((name) => [name, ...name.split(/[（）()/]/)]);
  return [...new Set(parts.map((part) => part.trim()).filter((part) => part.length >= 2))];
}

const CJK = /[\u3400-\u9fff]/;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normal = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Single words that are 2fa.directory names but also ordinary words in verification texts: a capitalised
 * "Code" or "Account" at the start of a sentence names no service.
 */
const COMMON_WORDS = new Set(
  'your use code codes account verify verification security secure sign login log enter never share reply stop help text message app mobile new device phone number one time password passcode pin expires minutes do not dont here this is the for and you we our has been requested request confirm confirmation alert notice bank card online access id token key auth key authy safe guard shield now today get go pay send money cash link click call support team service info update'
    .split(' '),
);

/** Capitalised words that may follow a service's name in a verification text without being part of it. */
const CONTINUATIONS = new Set('security verification code codes account login log sign one-time otp id passcode pin confirmation authentication verify guard alert alerts team support'.split(' '));

export function buildDirectory(domainOf: DomainOf): Directory {
  const entries = new Map<string, DirectoryEntry>();
  const byRegistrable = new Map<string, DirectoryEntry>();
  const byExactHost = new Map<string, DirectoryEntry>();
  const names = new Map<string, DirectoryEntry>();
  const twofaNames = new Map<string, DirectoryEntry>();
  const claimed = new Map<string, string>(); // 2fa.directory domain → simexit id
  for (const service of allServices()) {
    for (const source of service.sources) {
      const file = TWOFA_SOURCE_FILE.exec(source.url)?.[1];
      if (file) claimed.set(file.toLowerCase(), service.id);
    }
  }

  const addDomain = (domain: string, entry: DirectoryEntry, simexitAlias = false) => {
    const registrable = domainOf(domain);
    if (registrable === null) return;
    if (registrable !== domain && simexitAlias) {
      byExactHost.set(domain, entry); // a host such as weixin.qq.com: qq.com is not WeChat
      return;
    }
    if (registrable !== domain) byExactHost.set(domain, entry);
    // simexit's own services win a shared domain; among 2fa.directory entries, the one whose domain it is.
    const held = byRegistrable.get(registrable);
    if (!held || (held.kind === '2fa' && (entry.kind === 'simexit' || entry.domain === registrable))) byRegistrable.set(registrable, entry);
  };

  const simexitEntries = new Map<string, DirectoryEntry>();
  for (const service of allServices()) {
    const entry: DirectoryEntry = { id: service.id, kind: 'simexit', name: service.name, textsOrCalls: service.sms === true, methods: [], regions: [] };
    entries.set(service.id, entry);
    simexitEntries.set(service.id, entry);
  }
  const exactNames: Array<[string, DirectoryEntry]> = [];
  for (const row of TWOFA_ROWS) {
    const [name, domain, more, methods, documentation, regions] = row;
    const owner = claimed.get(domain);
    const simexit = owner ? simexitEntries.get(owner) : undefined;
    if (simexit) {
      simexit.methods = [...new Set([...simexit.methods, ...methods])];
      simexit.domain ??= domain;
      simexit.regions = [...new Set([...simexit.regions, ...regions])];
      // simexit's own `sms` is checked against more sources; where it is silent (null), 2fa.directory decides.
      const service = findService(owner!);
      if (service?.sms === null && (methods.includes('sms') || methods.includes('call'))) simexit.textsOrCalls = true;
      for (const each of [domain, ...more]) addDomain(each, simexit);
      continue;
    }
    const id = `2fa-${domain}`;
    if (entries.has(id)) continue;
    const entry: DirectoryEntry = {
      id,
      kind: '2fa',
      name: { en: name, zh: name },
      textsOrCalls: methods.includes('sms') || methods.includes('call'),
      methods,
      domain,
      ...(documentation ? { documentation } : {}),
      regions,
    };
    entries.set(id, entry);
    for (const each of [domain, ...more]) addDomain(each, entry);
    if (name.length >= 3 && !COMMON_WORDS.has(name.toLowerCase())) twofaNames.set(name, entry);
  }
  for (const service of allServices()) {
    const entry = simexitEntries.get(service.id)!;
    const alias = SCAN_ALIASES[service.id] ?? {};
    for (const domain of alias.domains ?? []) addDomain(domain, entry, true);
    // A name that is also an ordinary word is matched only as the brand writes it, even where it is the display name.
    const exactOnly = new Set((alias.exact ?? []).map(normal));
    for (const name of [...namesOf(service), ...(alias.names ?? [])]) if (!exactOnly.has(normal(name))) names.set(normal(name), entry);
    for (const name of alias.exact ?? []) exactNames.push([name, entry]);
  }

  // One pass of a regular expression per kind of name, longest names first so "Apple Cash" beats "Apple".
  const latin = [...names.keys()].filter((name) => !CJK.test(name)).sort((a, b) => b.length - a.length);
  const cjk = [...names.keys()].filter((name) => CJK.test(name)).sort((a, b) => b.length - a.length);
  // A Latin name ends where Latin letters and digits do: "用于QQ登录" names QQ, "Lineage" does not name LINE.
  const latinPattern = new RegExp(`(?<![\\p{Script=Latin}\\p{N}])(?:${latin.map(escape).join('|')})(?![\\p{Script=Latin}\\p{N}])`, 'giu');
  const exactPattern = new RegExp(`(?<![\\p{Script=Latin}\\p{N}])(?:${exactNames.map(([name]) => escape(name)).join('|')})(?![\\p{Script=Latin}\\p{N}])`, 'gu');
  const exactByName = new Map(exactNames);
  const cjkPattern = new RegExp(cjk.map(escape).join('|'), 'gu');

  const lookupHost = (host: string): DirectoryEntry | undefined => {
    const lower = host.toLowerCase().replace(/\.$/, '');
    for (let at = lower; at.includes('.'); at = at.slice(at.indexOf('.') + 1)) {
      const exact = byExactHost.get(at);
      if (exact) return exact;
    }
    const registrable = domainOf(lower);
    return registrable ? byRegistrable.get(registrable) : undefined;
  };

  return {
    size: entries.size,
    entry: (id) => entries.get(id),
    byUrl(url) {
      const trimmed = url.trim();
      if (!trimmed) return undefined;
      let host: string;
      try {
        host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
      } catch {
        return undefined;
      }
      // androidapp://, a bare IP or a local name: no registrable domain.
      return host.includes('.') ? lookupHost(host) : undefined;
    },
    byHost: lookupHost,
    byShortCode(address) {
      const id = SHORT_CODES[address.replace(/\D/g, '')];
      return id ? entries.get(id) : undefined;
    },
    byName(name) {
      const key = normal(name);
      return names.get(key) ?? exactByName.get(name.trim()) ?? twofaNames.get(name.trim()) ?? [...twofaNames.entries()].find(([each]) => normal(each) === key)?.[1];
    },
    namedIn(text) {
      const found: DirectoryEntry[] = [];
      const add = (entry: DirectoryEntry | undefined) => {
        if (entry && !found.includes(entry)) found.push(entry);
      };
      for (const match of text.matchAll(latinPattern)) add(names.get(normal(match[0])));
      for (const match of text.matchAll(cjkPattern)) add(names.get(normal(match[0])));
      for (const match of text.matchAll(exactPattern)) add(exactByName.get(match[0]));
      if (found.length) return found;
      // 2fa.directory's names as written: runs of up to four words.
      const words = text.split(/[^\p{L}\p{N}.&'+*-]+/u).map((word) => word.replace(/^[.'-]+|[.'-]+$/g, ''));
      for (let start = 0; start < words.length; start++) {
        for (let length = Math.min(4, words.length - start); length >= 1; length--) {
          const entry = twofaNames.get(words.slice(start, start + length).join(' '));
          // A name followed by another capitalised word is part of a longer name ("Mint Mobile" is not Mint),
          // unless that word is one verification texts capitalise ("Your Etsy Security Code").
          const next = words[start + length] ?? '';
          if (entry && (!/^\p{Lu}/u.test(next) || CONTINUATIONS.has(next.toLowerCase()))) {
            add(entry);
            break;
          }
        }
      }
      return found;
    },
  };
}
