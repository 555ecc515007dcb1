import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { UserError } from '../errors.js';
import { loadCsv, loadSaxes } from '../lazy.js';
import type { Detected } from './detect.js';
import type { ReadContext } from './engine.js';
import { CHUNK_BYTES } from './read-android.js';
import { openZip, readText } from './zip.js';

// Password-manager exports. Only each login's address is read and handed on; usernames, passwords, notes and
// one-time-password secrets are parsed along with it (they share the row) and dropped with the row.

function readWhole(input: Detected): string {
  try {
    return fs.readFileSync(input.file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    throw new UserError(['scanUnreadable', { file: input.given }]);
  }
}

async function readCsv(input: Detected, context: ReadContext): Promise<void> {
  const parseCsv = await loadCsv();
  let rows: Array<Record<string, string>>;
  try {
    rows = parseCsv(readWhole(input), { columns: (header: string[]) => header.map((column) => column.trim().toLowerCase()), relax_column_count: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  } catch {
    throw new UserError(['scanBadCsv', { file: input.given }]);
  }
  for (const row of rows) {
    const urls = (input.urlColumns ?? []).flatMap((column) => (row[column] ?? '').split(/[,\s]+(?=[a-z][a-z0-9+.-]*:\/\/)/i));
    for (const url of urls.filter(Boolean)) context.login(url);
  }
}

interface BitwardenExport {
  encrypted?: boolean;
  passwordProtected?: boolean;
  items?: Array<{ login?: { uris?: Array<{ uri?: string | null }> | null } | null }>;
}

function readBitwardenJson(input: Detected, context: ReadContext): void {
  let data: BitwardenExport;
  try {
    data = JSON.parse(readWhole(input)) as BitwardenExport;
  } catch {
    throw new UserError(['scanBadJson', { file: input.given }]);
  }
  if (data.encrypted || data.passwordProtected) throw new UserError([['scanBitwardenEncrypted', { file: input.given }]]);
  if (!Array.isArray(data.items)) throw new UserError(['scanUnknownFormat', { file: input.given }]);
  for (const item of data.items) {
    for (const uri of item.login?.uris ?? []) if (uri.uri) context.login(uri.uri);
  }
}

interface OnePuxItem {
  overview?: { url?: string; urls?: Array<{ url?: string }> };
  item?: OnePuxItem;
}
interface OnePuxData {
  accounts?: Array<{ vaults?: Array<{ items?: OnePuxItem[] }> }>;
}

/** 1Password's .1pux: a zip whose export.data (JSON) lists accounts → vaults → items, each with its overview's URLs. */
async function readOnePux(input: Detected, context: ReadContext): Promise<void> {
  const zip = await openZip(input.file, input.given);
  let data: OnePuxData;
  try {
    const entry = zip.entries.find((each) => each.fileName === 'export.data');
    if (!entry) throw new UserError(['scanZipUnknown', { file: input.given }]);
    try {
      data = JSON.parse(await readText(zip, entry, input.given)) as OnePuxData;
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(['scanBadJson', { file: input.given }]);
    }
  } finally {
    zip.close();
  }
  if (!Array.isArray(data.accounts)) throw new UserError(['scanUnknownFormat', { file: input.given }]);
  for (const account of data.accounts) {
    for (const vault of account.vaults ?? []) {
      for (const wrapped of vault.items ?? []) {
        const item = wrapped.item ?? wrapped; // older exports wrap each item
        const urls = new Set([item.overview?.url, ...(item.overview?.urls ?? []).map((each) => each.url)].filter((url): url is string => Boolean(url)));
        for (const url of urls) context.login(url);
      }
    }
  }
}

/**
 * KeePass 2 XML (KeePass, and KeePassXC's XML export): <Root><Group><Entry><String><Key>URL</Key><Value>…</Value>.
 * Streamed; an entry's earlier versions (<History>) are not counted again.
 */
async function readKeePassXml(input: Detected, context: ReadContext): Promise<void> {
  const SaxesParser = await loadSaxes();
  const parser = new SaxesParser();
  const stack: string[] = [];
  let key = '';
  let value = '';
  let fatal = false;
  parser.on('error', () => {
    fatal = true;
  });
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    if (tag.name === 'Key') key = '';
    if (tag.name === 'Value') value = '';
  });
  parser.on('text', (text) => {
    const current = stack[stack.length - 1];
    if (current === 'Key') key += text;
    else if (current === 'Value' && key === 'URL') value += text;
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.name === 'Value' && key === 'URL' && stack.at(-2) === 'Entry' && !stack.includes('History') && value.trim()) context.login(value.trim());
  });
  const decoder = new StringDecoder('utf8');
  const stream = fs.createReadStream(input.file, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      parser.write(decoder.write(chunk));
      context.advance(chunk.length);
      if (fatal) break;
    }
    if (!fatal) parser.write(decoder.end()).close();
  } catch {
    throw new UserError(['scanUnreadable', { file: input.given }]);
  } finally {
    stream.destroy();
  }
  if (fatal) throw new UserError(['scanBadXml', { file: input.given, line: parser.line }]);
}

export async function readVault(input: Detected, context: ReadContext): Promise<void> {
  switch (input.format) {
    case 'bitwarden-json':
      readBitwardenJson(input, context);
      break;
    case '1password-1pux':
      await readOnePux(input, context);
      break;
    case 'keepass-xml':
      await readKeePassXml(input, context);
      break;
    default:
      await readCsv(input, context);
  }
  if (input.format !== 'keepass-xml') context.advance(input.bytes);
}
