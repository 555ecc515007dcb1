import fs from 'node:fs';
import { UserError } from '../errors.js';
import { loadHtmlParser } from '../lazy.js';
import { checkBounds, openZip, readText } from './zip.js';
import type { Detected } from './detect.js';
import type { ReadContext } from './engine.js';

// Google Voice in a Google Takeout export (the folder or its .zip): one XHTML page per conversation or call under
// Takeout/Voice/Calls. A conversation's page holds <div class="hChatLog">, each message a <div class="message"> with
// <abbr class="dt" title="<ISO time>">, the sender in <cite class="sender vcard"> (<a class="tel" href="tel:+1…">
// and a name element of class "fn": "Me" for the user's own, the contact's name when saved) and the text in <q>.
// A group conversation starts with <div class="participants">. Pages are told apart by this content, not by their
// file names (which Takeout may write in the account's language); call logs and voicemails hold no message.

interface Draft {
  at?: number;
  sender: string;
  name: string;
  text: string;
}

/** The messages of one page, handed to the context as each closes. */
export async function readVoicePage(html: string, context: ReadContext): Promise<void> {
  const Parser = await loadHtmlParser();
  let group = false;
  let depth = 0;
  let messageDepth = -1;
  let draft: Draft | null = null;
  let inName = false;
  let inQuote = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth++;
        const classes = ` ${attributes.class ?? ''} `;
        if (name === 'div' && classes.includes(' participants ')) group = true;
        else if (name === 'div' && classes.includes(' message ')) {
          messageDepth = depth;
          draft = { sender: '', name: '', text: '' };
        } else if (draft) {
          if (name === 'abbr' && classes.includes(' dt ')) draft.at = Date.parse(attributes.title ?? '');
          else if (name === 'a' && classes.includes(' tel ')) draft.sender = (attributes.href ?? '').replace(/^tel:/, '');
          else if (classes.includes(' fn ')) inName = true;
          else if (name === 'q') inQuote = true;
        }
      },
      ontext(text) {
        if (!draft) return;
        if (inName) draft.name += text;
        else if (inQuote) draft.text += text;
      },
      onclosetag(name) {
        if (inName && (name === 'abbr' || name === 'span')) inName = false;
        if (name === 'q') inQuote = false;
        if (depth === messageDepth && draft) {
          const done: Draft = draft;
          draft = null;
          messageDepth = -1;
          const name = done.name.trim();
          // A name with letters is a contact saved in Google Contacts; an unsaved sender shows a number or nothing.
          const contactName = /\p{L}/u.test(name) ? name : undefined;
          if (name === 'Me') context.received({ text: '', sender: '' }); // the user's own: counted, not read
          else context.received({ text: done.text, sender: done.sender, group, ...(done.at !== undefined && !Number.isNaN(done.at) ? { at: done.at } : {}), ...(contactName ? { contactName } : {}) });
        }
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
}

export async function readGoogleVoice(input: Detected, context: ReadContext): Promise<void> {
  const pages = input.pages ?? [];
  if (!input.zipped) {
    for (const page of pages) {
      let html: string;
      try {
        html = fs.readFileSync(page, 'utf8');
      } catch {
        throw new UserError(['scanUnreadable', { file: page }]);
      }
      await readVoicePage(html, context);
      context.advance(Buffer.byteLength(html));
    }
    return;
  }
  const zip = await openZip(input.file, input.given);
  try {
    const wanted = zip.entries.filter((entry) => pages.includes(entry.fileName));
    checkBounds(wanted, input.given);
    const total = wanted.reduce((sum, entry) => sum + entry.compressedSize, 0);
    context.advance(Math.max(0, input.bytes - total)); // what is not read counts as done
    for (const entry of wanted) {
      await readVoicePage(await readText(zip, entry, input.given), context);
      context.advance(entry.compressedSize);
    }
  } finally {
    zip.close();
  }
}
