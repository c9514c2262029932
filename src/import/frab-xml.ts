// frab/Pentabarf schedule.xml (FOSDEM, CCC, devrooms), read with fast-xml-parser: no DOM needed,
// so it runs in Node tests exactly as in the browser.
import { XMLParser } from 'fast-xml-parser';
import type { ReadOptions, SourceResult } from './agenda';
import { frabSessions, type FrabEvent } from './frab';
import { isObject as isNode, type Json as Node } from './json-values';
import { errorMessage } from '../model/errors';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
// An element's text: a plain string, or the text of an element that also has attributes.
const str = (value: unknown): string => {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (isNode(value)) return str(value['#text']);
  return '';
};

const REPEATED = new Set(['day', 'room', 'event', 'person']);

/** Reads a schedule.xml; a file that is XML but not a schedule gets a clear error. */
export function parseFrabXml(text: string, options: ReadOptions): SourceResult {
  let document: Node;
  try {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      parseTagValue: false,
      parseAttributeValue: false,
      isArray: (name) => REPEATED.has(name),
    });
    document = parser.parse(text) as Node;
  } catch (error) {
    return { ok: false, error: `This XML file cannot be read: ${errorMessage(error)}.` };
  }
  const schedule = isNode(document.schedule) ? document.schedule : null;
  if (!schedule || !list(schedule.day).length) {
    return { ok: false, error: 'This XML file is not a conference schedule (it has no <schedule> with <day> elements).' };
  }
  const conference = isNode(schedule.conference) ? schedule.conference : {};
  const events: FrabEvent[] = [];
  for (const day of list(schedule.day).filter(isNode)) {
    for (const room of list(day.room).filter(isNode)) {
      for (const e of list(room.event).filter(isNode)) {
        const persons = isNode(e.persons) ? list(e.persons.person) : [];
        events.push({
          guid: str(e['@guid']),
          id: str(e['@id']),
          title: str(e.title),
          date: str(e.date),
          dayDate: str(day['@date']),
          start: str(e.start),
          duration: str(e.duration),
          end: '',
          room: str(e.room) || str(room['@name']),
          track: str(e.track),
          type: str(e.type),
          persons: persons.map((p) => ({ name: str(p), role: '' })),
        });
      }
    }
  }
  const dayChange = str(conference.day_change).slice(0, 5);
  const generator = isNode(schedule.generator) ? str(schedule.generator['@name']) : '';
  return frabSessions(
    { title: str(conference.title), timeZone: str(conference.time_zone_name), dayChange, generator, events },
    `${/pretalx/i.test(generator) ? 'pretalx' : 'frab/Pentabarf'} schedule (XML)`,
    options,
  );
}
