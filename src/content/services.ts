import { CODE_CATEGORIES, type CodeCategory, type Source } from '../core/types.js';
import type { Localized } from '../i18n.js';
import { withShownSources } from './carrier-facts.js';
import { loadServiceFile, SERVICE_FILE_CATEGORIES, SERVICE_FILE_OF } from './data/index.js';

// The accounts that may still send codes to the number: one JSON file per category in data/services/, with
// their 2FA alternatives, the official page for changing the number where one was found, a caveat, how to
// get back in once the number is gone, whether they refuse VoIP or non-US numbers, and the sources. 2FA
// methods come partly from 2fa.directory (2factorauth/twofactorauth, MIT licence; see `simexit about` and
// the README). An official page read through an archive or proxy is cited by its https address with `copy`
// set. Do not add contact numbers here: the research says to surface none from this directory.

/** Another way to receive codes than SMS to this number (the research's vocabulary). */
export type Alternative = 'totp' | 'app-prompt' | 'security-key' | 'passkey' | 'hardware-token' | 'email' | 'pin-password' | 'backup-codes';

export interface ServiceDef {
  id: string;
  name: Localized;
  category: CodeCategory;
  /** Codes by SMS: true, false, or null where the sources disagree or are silent. */
  sms: boolean | null;
  alternatives: Alternative[];
  /** The official page for changing the number, or null when none was found. */
  changeNumberUrl: string | null;
  /** What that page is: how to change the number, only the 2-step settings, or only related. */
  urlKind: 'change-number' | '2fa-settings' | 'related' | null;
  caveat: Localized;
  sources: Source[];
  /** No source was found: the caveat only gives the generic path. */
  nothingFound?: true;
  /** How to get back in when the number is already gone. */
  recovery?: { text: Localized; sources: Source[] };
  /** Set only where a source says the service refuses VoIP or non-US numbers. */
  refusesVoip?: { text: Localized; sources: Source[] };
}

type Raw<T> = T & { sources: Array<Source & { hidden?: true }> };
interface ServiceFile {
  category: CodeCategory;
  services: Array<Raw<Omit<ServiceDef, 'category' | 'recovery' | 'refusesVoip'>> & { recovery?: Raw<{ text: Localized }>; refusesVoip?: Raw<{ text: Localized }> }>;
}


const filesCache = new Map<string, readonly ServiceDef[]>();

/** The services of one data file (data/services/<file>.json), read when first asked for. */
function servicesOfFile(file: keyof typeof SERVICE_FILE_CATEGORIES): readonly ServiceDef[] {
  let defs = filesCache.get(file);
  if (!defs) {
    const { category, services } = loadServiceFile(file) as ServiceFile;
    defs = services.map((service) => {
      const shown = withShownSources(service) as ServiceDef & Record<string, unknown>;
      // The category comes from the file; recovery and refusesVoip keep only the sources that may be shown.
      const def: ServiceDef = { ...shown, category };
      if (service.recovery) def.recovery = withShownSources(service.recovery);
      if (service.refusesVoip) def.refusesVoip = withShownSources(service.refusesVoip);
      return def;
    });
    filesCache.set(file, defs);
  }
  return defs;
}

const FILES = Object.keys(SERVICE_FILE_CATEGORIES) as Array<keyof typeof SERVICE_FILE_CATEGORIES>;

/** The services of one category, in their file's order (reads only that category's file). */
export function servicesIn(category: CodeCategory): readonly ServiceDef[] {
  return FILES.filter((file) => SERVICE_FILE_CATEGORIES[file] === category).flatMap(servicesOfFile);
}

let all: readonly ServiceDef[] | undefined;

/** Every service in the directory, category by category (reads every service file). */
export function allServices(): readonly ServiceDef[] {
  return (all ??= CODE_CATEGORIES.flatMap(servicesIn));
}

/** The service with this id (reads only the file that holds it), or undefined. */
export function findService(id: string): ServiceDef | undefined {
  if (!Object.hasOwn(SERVICE_FILE_OF, id)) return undefined;
  return servicesOfFile(SERVICE_FILE_OF[id] as keyof typeof SERVICE_FILE_CATEGORIES).find((service) => service.id === id);
}
