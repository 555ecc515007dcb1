import type { Fact, Source } from '../core/types.js';
import { withShownSources } from './carrier-facts.js';
import { FACT_FILE_NAMES, FACT_FILE_OF, loadFactFile, type FactId } from './data/index.js';

// The general facts steps and warnings cite by id: data/facts/<topic>.json, each with its sources (see
// src/content/carrier-facts.ts for the rules the data follows). Nothing is written from memory. A schema
// test checks that every phone number and URL shown to users appears in these facts or the carrier data.

interface FactFile {
  facts: Array<{ id: string; text: Fact['text']; sources: Array<Source & { hidden?: true }> }>;
}

const filesCache = new Map<string, readonly Fact[]>();

function factsOfFile(file: string): readonly Fact[] {
  let facts = filesCache.get(file);
  if (!facts) filesCache.set(file, (facts = (loadFactFile(file) as FactFile).facts.map((fact) => withShownSources(fact) as Fact)));
  return facts;
}

/** Every general fact, file by file (reads every fact file). */
export function allFacts(): readonly Fact[] {
  return FACT_FILE_NAMES.flatMap(factsOfFile);
}

/** The fact with this id (reads only the file that holds it), or undefined. */
export function findFact(id: FactId): Fact | undefined {
  return Object.hasOwn(FACT_FILE_OF, id) ? factsOfFile(FACT_FILE_OF[id]!).find((fact) => fact.id === id) : undefined;
}
