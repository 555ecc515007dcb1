import type { Localized } from '../i18n.js';
import { CARRIER_INDEX } from './data/index.js';

/** A carrier or service that can hold the number. Ids are the data files' names (data/carriers/<id>.json). */
export interface CarrierDef {
  id: string;
  name: Localized;
  /** carrier (default), a number-parking service, or a free VoIP number. */
  kind?: 'carrier' | 'parking' | 'voip';
}

/** The id for "other / not sure": the plan stays generic and tells the user to check with the carrier. */
export const OTHER_CARRIER = 'other';

export const CARRIERS: readonly CarrierDef[] = [
  ...CARRIER_INDEX.map(({ id, name, kind }) => ({ id, name, ...(kind ? { kind } : {}) })),
  { id: OTHER_CARRIER, name: { en: 'Other / not sure', zh: '其他 / 不确定' } },
];

export function findCarrier(id: string | undefined): CarrierDef | undefined {
  return CARRIERS.find((carrier) => carrier.id === id);
}
