// Which kind of agenda a file is, by its content more than its name, and reading it: each kind's
// reader (ical.js, the XML parser) loads only when a file of that kind is opened.
import type { AgendaResult, ReadOptions, SourceResult } from './agenda';
import { finishAgenda } from './finish-agenda';
import { isFrabJson, parseFrabJson } from './frab-json';
import { parseAgendaText } from './plain-text';
import { isSessionize, parseSessionize } from './sessionize';
import { errorMessage } from '../model/errors';

/** The kinds of agenda this app reads, for messages and docs. */
const AGENDA_KINDS = 'an .ics calendar, a Sessionize JSON export, a frab/pretalx schedule.json or schedule.xml, or text a session a line';

/** Reads an agenda file (`name` is its file name) or pasted text (`name` ""), then checks every session. */
export async function readAgenda(name: string, text: string, options: ReadOptions): Promise<AgendaResult> {
  const source = await readSource(name, text, options);
  return source.ok ? finishAgenda(source) : source;
}

async function readSource(name: string, text: string, options: ReadOptions): Promise<SourceResult> {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 1000);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what tells a binary file from an agenda
  if (/[\u0000-\u0008\u000E-\u001A]/.test(head) || (head.match(/\uFFFD/g)?.length ?? 0) > 3) {
    return { ok: false, error: `This file is not text (is it a picture or a PDF?): pick ${AGENDA_KINDS}.` };
  }
  if (head.startsWith('{') || head.startsWith('[') || /\.json$/i.test(name)) {
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return { ok: false, error: `This is not valid JSON: ${errorMessage(error)}.` };
    }
    if (Array.isArray(data) && data.length === 0)
      return { ok: false, error: 'This agenda has no sessions yet: the conference may not have published its schedule.' };
    if (isFrabJson(data)) return parseFrabJson(data, options);
    if (isSessionize(data)) return parseSessionize(data, options);
    return { ok: false, error: 'This JSON file is not an agenda this app can read: it is neither a Sessionize export nor a frab/pretalx schedule.json.' };
  }
  if (/^<(!doctype html|html)[\s>]/i.test(head)) {
    return { ok: false, error: `This is a web page, not an agenda file: on the conference site, look for ${AGENDA_KINDS}.` };
  }
  if (head.startsWith('<') || /\.xml$/i.test(name)) {
    const { parseFrabXml } = await import('./frab-xml');
    return parseFrabXml(text, options);
  }
  if (/^BEGIN:(VCALENDAR|VEVENT)\s*$/im.test(text.slice(0, 100_000)) || /\.(ics|ical|ifb|icalendar)$/i.test(name)) {
    const { parseIcs } = await import('./ics');
    return parseIcs(text, options);
  }
  if (name && !/\.(txt|text|md)$/i.test(name)) {
    return { ok: false, error: `This file is not an agenda this app can read: pick ${AGENDA_KINDS}.` };
  }
  return parseAgendaText(text, options);
}
