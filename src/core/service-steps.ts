import type { MessageKey } from '../content/messages.js';
import { findService, type Alternative, type ServiceDef } from '../content/services.js';
import type { Localized } from '../i18n.js';
import { bothLanguages, message } from '../text.js';
import { destinationRule, lineStatusOf, staysPut } from './line.js';
import type { PlanStepId } from './plan.js';
import { CODE_CATEGORIES, SERVICE_STEP_PREFIX, type Answers, type CustomService, type Source, type StepDef } from './types.js';

/** A step of the plan built from the accounts inventory rather than from content/steps.ts. */
export interface ServiceStep {
  def: StepDef<PlanStepId>;
  /** The kept number becomes an internet number that this service refuses: the step comes before the move. */
  beforeMove?: true;
  details: Localized[];
  sources: Source[];
}

const ALTERNATIVE_KEY: Record<Alternative, MessageKey> = {
  totp: 'altTotp',
  'app-prompt': 'altAppPrompt',
  'security-key': 'altSecurityKey',
  passkey: 'altPasskey',
  'hardware-token': 'altHardwareToken',
  email: 'altEmail',
  'pin-password': 'altPinPassword',
  'backup-codes': 'altBackupCodes',
};

export function joinLocalized(items: readonly Localized[]): Localized {
  return { zh: items.map((item) => item.zh).join(message('listSeparator').zh), en: items.map((item) => item.en).join(message('listSeparator').en) };
}

/**
 * A service's step, worded for this user's plan: moving it off the number; once a kept number has moved, checking
 * its codes still arrive (a port is when short codes and bank texts stop); once the number is gone, getting back in
 * through the service's own recovery. Only the wording in use is written (every list builds these).
 */
function stepDef(id: string, name: Localized, answers: Answers, beforeMove = false): StepDef<PlanStepId> {
  const def: StepDef<PlanStepId> = { id: `${SERVICE_STEP_PREFIX}${id}`, title: bothLanguages('serviceStepTitle', { name }), action: message('serviceStepAction'), why: bothLanguages('serviceStepWhy', { name }) };
  if (lineStatusOf(answers) === 'gone') {
    def.gone = { title: bothLanguages('serviceRecoverTitle', { name }), action: message('serviceRecoverAction'), why: bothLanguages('serviceRecoverWhy', { name }) };
  } else if (answers.goal === 'keep' && beforeMove) {
    def.keep = { title: bothLanguages('serviceBeforeVoipTitle', { name }), action: bothLanguages('serviceBeforeVoipAction', { name }), why: bothLanguages('serviceBeforeVoipWhy', { name }) };
  } else if (answers.goal === 'keep') {
    def.keep = { title: bothLanguages('serviceCheckTitle', { name }), action: message('serviceCheckAction'), why: bothLanguages('serviceCheckWhy', { name }) };
  }
  return def;
}

function pageLine(service: ServiceDef): Localized {
  const url = service.changeNumberUrl;
  if (!url) return message('servicePageNone');
  const key: MessageKey = service.urlKind === 'change-number' ? 'servicePageChange' : service.urlKind === 'related' ? 'servicePageRelated' : 'servicePage2fa';
  return bothLanguages(key, { url });
}

function fromDirectory(service: ServiceDef, answers: Answers): ServiceStep {
  const alternatives = service.alternatives.map((alternative) => message(ALTERNATIVE_KEY[alternative]));
  const gone = lineStatusOf(answers) === 'gone';
  // The caveat is advice for a number that still receives texts ("change it while the line works"): not for one that is gone.
  const details = [alternatives.length ? bothLanguages('serviceAlternatives', { methods: joinLocalized(alternatives) }) : message('serviceNoAlternatives'), pageLine(service), ...(gone ? [] : [service.caveat])];
  const sources = [...service.sources];
  if (gone) {
    details.unshift(service.recovery?.text ?? message('serviceRecoveryUnknown'));
    if (service.recovery) sources.push(...service.recovery.sources);
  }
  // A kept number that becomes an internet (VoIP) number: some services refuse to send codes to it, and those
  // need another way in before the move, not a check after it.
  const toVoip = answers.goal === 'keep' && !gone && destinationRule(answers)?.rule.voip === true && !staysPut(answers);
  if (destinationRule(answers)?.rule.voip) {
    details.unshift(service.refusesVoip ? bothLanguages('serviceRefusesVoip', { text: service.refusesVoip.text }) : message('serviceVoipUnknown'));
    if (service.refusesVoip) sources.push(...service.refusesVoip.sources);
  }
  const beforeMove = toVoip && service.refusesVoip !== undefined;
  return { def: stepDef(service.id, service.name, answers, beforeMove), details, sources, ...(beforeMove ? { beforeMove } : {}) };
}

/** 2fa.directory's method names (scan's data) in the words the directory's steps use. */
const TWOFA_METHOD_KEY: Record<string, MessageKey> = {
  sms: 'method2faSms',
  call: 'method2faCall',
  totp: 'altTotp',
  u2f: 'altSecurityKey',
  email: 'altEmail',
  'custom-software': 'altAppPrompt',
  'custom-hardware': 'altHardwareToken',
};

function custom(service: CustomService, answers: Answers): ServiceStep {
  // A service `scan` found in 2fa.directory only: what 2fa.directory says, then the generic path.
  const methods = (service.methods ?? []).flatMap((method) => (TWOFA_METHOD_KEY[method] ? [message(TWOFA_METHOD_KEY[method])] : []));
  const details = [
    ...(methods.length ? [bothLanguages('custom2faMethods', { methods: joinLocalized(methods) })] : []),
    ...(service.url ? [bothLanguages('custom2faLink', { url: service.url })] : []),
    message('customServiceDetail'),
  ];
  const sources: Source[] = service.url ? [{ url: service.url, trust: 'dataset' }] : [];
  return { def: stepDef(service.id, { zh: service.name, en: service.name }, answers), details, sources };
}

/** The inventory's steps: listed services first, then those added by name. */
export function serviceSteps(answers: Answers | null): ServiceStep[] {
  if (!answers) return [];
  // In the order the guide asks about categories (banks first), then as the directory lists them.
  const listed = (answers.services ?? [])
    .flatMap((id) => {
      const service = findService(id);
      return service ? [service] : [];
    })
    .sort((a, b) => CODE_CATEGORIES.indexOf(a.category) - CODE_CATEGORIES.indexOf(b.category))
    .map((service) => fromDirectory(service, answers));
  return [...listed, ...(answers.customServices ?? []).map((service) => custom(service, answers))];
}

/** The display name of a service step, for lists such as "accounts still to move". */
export function serviceName(stepId: string, answers: Answers | null): Localized {
  const id = stepId.slice(SERVICE_STEP_PREFIX.length);
  const listed = findService(id);
  if (listed) return listed.name;
  const added = answers?.customServices?.find((service) => service.id === id);
  return { zh: added?.name ?? id, en: added?.name ?? id };
}
