import type { Localized } from '../i18n.js';

/** A carrier or service that can hold the number. Ids are the research's (carriers.md). */
export interface CarrierDef {
  id: string;
  name: Localized;
}

/** The id for "other / not sure": the plan stays generic and tells the user to check with the carrier. */
export const OTHER_CARRIER = 'other';

export const CARRIERS: readonly CarrierDef[] = [
  { id: 'ultra', name: { en: 'Ultra Mobile (incl. PayGo)', zh: 'Ultra Mobile（含 PayGo）' } },
  { id: 'tmobile-prepaid', name: { en: 'T-Mobile Prepaid (incl. pay-as-you-go)', zh: 'T-Mobile 预付费（含按量付费）' } },
  { id: 'google-voice', name: { en: 'Google Voice', zh: 'Google Voice' } },
  { id: 'tello', name: { en: 'Tello', zh: 'Tello' } },
  { id: 'us-mobile', name: { en: 'US Mobile', zh: 'US Mobile' } },
  { id: 'mint', name: { en: 'Mint Mobile', zh: 'Mint Mobile' } },
  { id: 'lycamobile-us', name: { en: 'Lycamobile USA', zh: 'Lycamobile 美国' } },
  { id: 'hello-mobile', name: { en: 'Hello Mobile', zh: 'Hello Mobile' } },
  { id: 'red-pocket', name: { en: 'Red Pocket', zh: 'Red Pocket' } },
  { id: 'att-prepaid', name: { en: 'AT&T Prepaid', zh: 'AT&T 预付费' } },
  { id: 'verizon-prepaid', name: { en: 'Verizon Prepaid', zh: 'Verizon 预付费' } },
  { id: 'cricket', name: { en: 'Cricket Wireless', zh: 'Cricket Wireless' } },
  { id: 'h2o', name: { en: 'H2O Wireless', zh: 'H2O Wireless' } },
  { id: 'visible', name: { en: 'Visible', zh: 'Visible' } },
  { id: 'boost', name: { en: 'Boost Mobile', zh: 'Boost Mobile' } },
  { id: 'tracfone-family', name: { en: 'Tracfone / Straight Talk / Total Wireless', zh: 'Tracfone / Straight Talk / Total Wireless' } },
  { id: OTHER_CARRIER, name: { en: 'Other / not sure', zh: '其他 / 不确定' } },
];

export function findCarrier(id: string | undefined): CarrierDef | undefined {
  return CARRIERS.find((carrier) => carrier.id === id);
}
