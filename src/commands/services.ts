import { lookOf, println, type Context } from '../context.js';
import { CATEGORY_NAMES } from '../content/categories.js';
import { allServices, type ServiceDef } from '../content/services.js';
import { JSON_SCHEMA_VERSION } from '../core/json.js';
import { CODE_CATEGORIES, type CodeCategory } from '../core/types.js';
import { EXIT, UserError } from '../errors.js';
import { localize, type Lang } from '../i18n.js';
import { wrap } from '../io/render.js';
import { renderIdTable } from '../io/table.js';
import { listOf, t } from '../text.js';

export interface ServicesOptions {
  category?: string;
  json?: boolean;
}

function serviceToJson(service: ServiceDef, lang: Lang) {
  return {
    id: service.id,
    stepId: `move-2fa:${service.id}`,
    name: localize(service.name, lang),
    category: service.category,
    sms: service.sms,
    alternatives: service.alternatives,
    changeNumberUrl: service.changeNumberUrl,
    urlKind: service.urlKind,
    caveat: localize(service.caveat, lang),
    sources: service.sources,
    ...(service.nothingFound ? { nothingFound: true } : {}),
    ...(service.recovery ? { recovery: { text: localize(service.recovery.text, lang), sources: service.recovery.sources } } : {}),
    ...(service.refusesVoip ? { refusesVoip: { text: localize(service.refusesVoip.text, lang), sources: service.refusesVoip.sources } } : {}),
  };
}

function pageMark(service: ServiceDef, lang: Lang): string {
  if (!service.changeNumberUrl) return t(lang, 'noPageMark');
  return t(lang, service.urlKind === 'change-number' ? 'pageMark' : 'twoStepPageMark');
}

/** The directory of services that may send codes to the number, by category. */
export function services(ctx: Context, options: ServicesOptions): void {
  const category = options.category?.toLowerCase();
  if (category !== undefined && !(CODE_CATEGORIES as readonly string[]).includes(category)) {
    throw new UserError(['invalidCategory', { value: options.category ?? '', categories: listOf(CODE_CATEGORIES) }], EXIT.usage);
  }
  const categories = (category ? [category] : CODE_CATEGORIES) as readonly CodeCategory[];
  const shown = allServices().filter((service) => categories.includes(service.category));
  if (options.json) {
    println(ctx.stdout, JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, services: shown.map((service) => serviceToJson(service, ctx.lang)) }, null, 2));
    return;
  }
  const look = lookOf(ctx);
  const marksOf = (service: ServiceDef) =>
    [service.sms ? t(ctx.lang, 'smsMark') : '', service.nothingFound ? t(ctx.lang, 'serviceNothingFoundMark') : pageMark(service, ctx.lang)].filter(Boolean).join(' · ');
  // One table for every category, so the columns line up from one to the next.
  const lines = renderIdTable(shown.map((service) => ({ id: service.id, name: localize(service.name, ctx.lang), note: marksOf(service) })), look);
  for (const each of categories) {
    println(ctx.stdout, look.paint.bold(localize(CATEGORY_NAMES[each].name, ctx.lang)));
    for (const [index, service] of shown.entries()) if (service.category === each) println(ctx.stdout, lines[index]);
    println(ctx.stdout);
  }
  println(ctx.stdout, wrap(t(ctx.lang, 'servicesHint'), look.width, 0, '', look.paint.dim));
}
