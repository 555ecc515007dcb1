import type { Fact, Source } from '../core/types.js';
import { withShownSources } from './carrier-facts.js';
import { FACT_FILES } from './data/index.js';

// The general facts steps and warnings cite by id: data/facts/<topic>.json, each with its sources (see
// src/content/carrier-facts.ts for the rules the data follows). Nothing is written from memory. A schema
// test checks that every phone number and URL shown to users appears in these facts or the carrier data.

interface FactFile {
  facts: Array<{ id: string; text: Fact['text']; sources: Array<Source & { hidden?: true }> }>;
}

export const FACTS: readonly Fact[] = (FACT_FILES as unknown as FactFile[]).flatMap((file) =>
  file.facts.map((fact) => withShownSources(fact) as Fact),
);
