import { lookOf, println, type Context } from '../context.js';
import { CARRIER_IDS, carrierFacts, CARRIER_FIELDS } from '../content/carrier-facts.js';
import { CARRIERS, findCarrier } from '../content/carriers.js';
import { carrierToJson, JSON_SCHEMA_VERSION } from '../core/json.js';
import { closestIds } from '../core/step-ref.js';
import { UserError, type MessageLine } from '../errors.js';
import { localize } from '../i18n.js';
import { renderCarrierFacts, wrap } from '../io/render.js';
import { renderIdTable } from '../io/table.js';
import { listOf, t } from '../text.js';

export interface CarriersOptions {
  json?: boolean;
}

const KNOWN = CARRIERS.filter((carrier) => CARRIER_IDS.includes(carrier.id));

function requireCarrier(id: string): string {
  const wanted = id.trim().toLowerCase();
  if (carrierFacts(wanted) && findCarrier(wanted)) return wanted;
  const lines: MessageLine[] = [['unknownCarrierId', { id }]];
  const closest = closestIds(KNOWN.map((carrier) => carrier.id), wanted);
  if (closest.length) lines.push(['closestSteps', { ids: listOf(closest) }]);
  throw new UserError(lines);
}

/** The carriers simexit knows, or one carrier's facts with their sources. */
export function carriers(ctx: Context, id: string | undefined, options: CarriersOptions): void {
  const now = ctx.now();
  const look = { ...lookOf(ctx), now };
  if (id) {
    const carrierId = requireCarrier(id);
    if (options.json) {
      println(ctx.stdout, JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, carrier: carrierToJson(carrierId, ctx.lang, now) }, null, 2));
      return;
    }
    const name = localize(findCarrier(carrierId)!.name, ctx.lang);
    const facts = carrierFacts(carrierId)!;
    println(ctx.stdout, look.paint.bold(name));
    println(ctx.stdout, renderCarrierFacts(CARRIER_FIELDS.map((field) => ({ field, fact: facts[field] })), name, look));
    println(ctx.stdout);
    println(ctx.stdout, wrap(t(ctx.lang, 'confirmFactsHint'), look.width, 0, '', look.paint.dim));
    return;
  }
  if (options.json) {
    println(ctx.stdout, JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, carriers: KNOWN.map((carrier) => carrierToJson(carrier.id, ctx.lang, now)) }, null, 2));
    return;
  }
  const rows = KNOWN.map((carrier) => {
    const facts = carrierFacts(carrier.id)!;
    const found = CARRIER_FIELDS.filter((field) => facts[field].status !== 'not-found').length;
    const kind = carrier.kind === 'parking' ? t(ctx.lang, 'carrierKindParking') : carrier.kind === 'voip' ? t(ctx.lang, 'carrierKindVoip') : '';
    return { id: carrier.id, name: localize(carrier.name, ctx.lang), summary: [`${found}/${CARRIER_FIELDS.length} ${t(ctx.lang, 'foundMark')}`, ...(kind ? [kind] : [])].join(' · ') };
  });
  for (const line of renderIdTable(rows.map(({ id, name, summary }) => ({ id, name, note: summary })), look)) println(ctx.stdout, line);
  println(ctx.stdout);
  println(ctx.stdout, look.paint.dim(t(ctx.lang, 'carriersHint')));
}
