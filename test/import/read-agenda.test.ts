// Telling the kinds of agenda apart by content, the original fixtures of each kind, pasted text,
// and speakers in a line of text.
import { describe, expect, it } from 'vitest';
import { parseSpeakers } from '../../src/import/agenda';
import { readAgenda } from '../../src/import/read-agenda';
import { fixture, line, options, readFixture } from './read';

describe('readAgenda tells the kind of file by its content', () => {
  it.each([
    ['summit.ics', 'Sched iCalendar'],
    ['sessionize.json', 'Sessionize (All data)'],
    ['json/frab-schedule.json', 'frab schedule (JSON)'],
    ['xml/frab-schedule.xml', 'frab/Pentabarf schedule (XML)'],
  ])('%s is read as %s, whatever its name says', async (path, format) => {
    const result = await readAgenda('download', fixture(path), options('America/Los_Angeles'));
    expect(result.ok && result.format).toBe(format);
  });

  it.each([
    ['agenda.pdf', '%PDF-1.7\n\u0000\u0001binary', 'This file is not text (is it a picture or a PDF?)'],
    ['agenda.json', '{ "sessions": [', 'This is not valid JSON'],
    ['agenda.json', '{ "speakers": [] }', 'This JSON file is not an agenda this app can read'],
    ['grid.json', '[]', 'This agenda has no sessions yet: the conference may not have published its schedule.'],
    ['agenda.html', '<!DOCTYPE html><html><body>Schedule</body></html>', 'This is a web page, not an agenda file'],
    ['agenda.xml', '<rss><channel/></rss>', 'This XML file is not a conference schedule'],
    ['agenda.xml', '<schedule><day', 'This XML file cannot be read'],
    ['notes.docx', 'PK just some words', 'This file is not an agenda this app can read'],
  ])('%s (%j) → a clear error', async (name, text, error) => {
    const result = await readAgenda(name, text, options());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(error);
  });
});

describe('the first fixtures', () => {
  it('reads a Sched-style .ics with zones, escapes and folded descriptions, in the event zone', async () => {
    const agenda = await readFixture('summit.ics', 'America/Los_Angeles');
    expect(agenda.items.map(line)).toEqual([
      'The State of Serverless Computing, 2017 | 2017-04-18 09:30–10:15 | Tim Wagner (GM, AWS Lambda) | Keynote Hall',
      'Building Serverless Web Applications | 2017-04-18 11:00–11:45 | Leo Zhadanovsky | Room 2014',
      'Deep Dive on CI/CD and Docker | 2017-04-19 10:00–11:00 | John Pignata, Ana Núñez | Room 3001',
    ]);
    expect(agenda.items.map((i) => i.key)).toEqual(['ics:7f3c1a2b@sched.com', 'ics:8d4e2b3c@sched.com', 'ics:9e5f3c4d@sched.com']);
    expect((await readFixture('summit.ics', 'Europe/Berlin')).items[0]).toMatchObject({ date: '2017-04-18', startTime: '18:30', endTime: '19:15' });
  });

  it('reads the "All data" export, keeping lunch as a break', async () => {
    expect((await readFixture('sessionize.json')).items.map(line)).toEqual([
      'Step Functions in Practice | 2017-04-19 13:00–13:45 | Ana Núñez (Principal Engineer), Tim Wagner | Room A',
      'Lunch | 2017-04-19 12:00–13:00 |  | Room A |  | break',
      'Log Analytics with Elasticsearch | 2017-04-20 09:00–09:45 | 李小龙 (SRE) | Room B',
    ]);
  });
});

describe('pasted text', () => {
  const paste = (text: string) => readAgenda('', text, options('', '2017-04-18'));

  it('reads "HH:MM Title — Speaker @ Room" lines under date lines', async () => {
    const result = await paste(fixture('agenda.txt'));
    expect(result.ok && result.items.map(line)).toEqual([
      'The State of Serverless Computing | 2017-04-18 09:30 | Tim Wagner',
      'Building Serverless Web Applications | 2017-04-18 11:00–11:45 | Leo Zhadanovsky (@leozh) | Room 2014',
      'Deep Dive on CI/CD and Docker | 2017-04-19 10:00 | John Pignata, Ana Núñez',
    ]);
  });

  it('keeps a dash inside a title, keys sessions by day, time and title, and runs past midnight', async () => {
    const result = await paste('10:00 Lightning talks\n16:00 Lightning talks\n11:00 Serverless - the good parts — Tim\n23:30-00:30 Night owls');
    expect(result.ok && result.items.map((i) => [i.key, i.title, i.speakers.map((s) => s.name), i.endTime])).toEqual([
      ['text:2017-04-18:10:00:lightning-talks', 'Lightning talks', [], ''],
      ['text:2017-04-18:16:00:lightning-talks', 'Lightning talks', [], ''],
      ['text:2017-04-18:11:00:serverless-the-good-parts', 'Serverless - the good parts', ['Tim'], ''],
      ['text:2017-04-18:23:30:night-owls', 'Night owls', [], '00:30'],
    ]);
  });

  it('skips a line that is no session, naming it, and imports the rest', async () => {
    const result = await paste('09:30 Fine\nlunch at noon\n25:00 Too late');
    expect(result.ok && result.items.map((i) => i.title)).toEqual(['Fine']);
    expect(result.ok && result.skipped).toEqual([
      { where: 'Line 2 ("lunch at noon")', reason: 'it is not "HH:MM Title — Speaker" or a date (YYYY-MM-DD).' },
      { where: 'Line 3 ("25:00 Too late")', reason: 'it is not "HH:MM Title — Speaker" or a date (YYYY-MM-DD).' },
    ]);
  });

  it.each([
    ['lunch at noon', 'No line is a session: write one per line, like "10:30 Title — Speaker". Line 1 ("lunch at noon") is not.'],
    ['\n\n', 'There are no sessions in the text: write one per line, like "10:30 Title — Speaker".'],
  ])('%j → a clear error', async (text, error) => {
    expect(await paste(text)).toEqual({ ok: false, error });
  });
});

describe('parseSpeakers', () => {
  it('keeps commas inside a role, and splits names on commas, "&" and "and"', () => {
    expect(parseSpeakers('Tim Wagner (GM, AWS Lambda), Ana Núñez & Leo and Zoë')).toEqual([
      { name: 'Tim Wagner', role: 'GM, AWS Lambda' },
      { name: 'Ana Núñez', role: '' },
      { name: 'Leo', role: '' },
      { name: 'Zoë', role: '' },
    ]);
  });
});
