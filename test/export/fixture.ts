// An event that exercises everything the export must survive: several days, tricky titles,
// template braces in notes and code, unicode, placeholders, an empty talk.
import { defaultExportSettings, type ExportSettings } from '../../src/model/export-settings';
import type { EventRecord, TalkRecord } from '../../src/model/types';
import type { ExportSource } from '../../src/export/types';

const stamps = { createdAt: 1, updatedAt: 1 };

/** The fixture's event: three days in San Francisco. */
export const event: EventRecord = {
  id: 'e1',
  name: 'AWS Summit: SFO "2017"',
  location: 'Moscone Center',
  startDate: '2017-04-18',
  endDate: '2017-04-20',
  link: 'https://aws.amazon.com/summits/',
  timeZone: 'America/Los_Angeles',
  tags: [],
  ...stamps,
};

const talk = (id: string, date: string, startTime: string, title: string, speakers: TalkRecord['speakers'] = []): TalkRecord => ({
  id,
  eventId: 'e1',
  title,
  speakers,
  date,
  startTime,
  endTime: '',
  room: '',
  tags: [],
  ...stamps,
});

/** Talks, deliberately out of time order. */
export const talks: TalkRecord[] = [
  talk('t2', '2017-04-18', '11:00', 'Building Serverless Web Applications', [{ name: 'Leo Zhadanovsky', role: '@leozh' }]),
  talk('t1', '2017-04-18', '09:30', 'The State of Serverless: "FaaS" & #containers', [{ name: 'Tim Wagner', role: 'GM, AWS Lambda' }]),
  talk('t3', '2017-04-19', '10:00', 'Helm {{ .Values }} & Go templates', [
    { name: 'Ana Ñúñez', role: '' },
    { name: '李小龙', role: 'SRE' },
  ]),
  talk('t4', '2017-04-19', '14:00', '日本語のセッション 🎉'),
  talk('t5', '2017-04-20', '09:00', '- yes: no # not a comment'),
];

/** Photo ids referenced from the notes; MISSING has no photo any more. */
export const PHOTO_1 = '11111111-1111-4111-8111-111111111111';
export const PHOTO_2 = '22222222-2222-4222-8222-222222222222';
export const MISSING = '33333333-3333-4333-8333-333333333333';

/** The photos' bytes: tiny stand-ins for JPEGs (static site generators copy them as they are). */
export const photos = {
  [PHOTO_1]: { type: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xd9, 1]), number: 3 },
  [PHOTO_2]: { type: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xd9, 2]), number: 1 },
};

/** Notes per talk, as typed. */
export const notes: Record<string, string> = {
  t1: [
    'Built on function as a service.',
    '',
    'Use cases:',
    '',
    '* Static and dynamic web apps',
    '* Chatbots',
    '',
    '> Pay only when the function runs.',
    '',
    '<< get image from PPT >>',
  ].join('\n'),
  t2: [
    'Basic Lambda concepts',
    '',
    '* no servers to provision or manage',
    '* never pay for idle',
    '',
    'A line with a {% raw %} tag and a {% endraw %} tag in it.',
    '',
    '---',
    '',
    'After a rule. [serverless-image-resizing](https://github.com/awslabs/serverless-image-resizing)',
  ].join('\n'),
  t3: [
    'Helm values:',
    '',
    '```yaml',
    'image: {{ .Values.image.repository }}:{{ .Values.image.tag }}',
    '{{- if .Values.ingress.enabled }}',
    '{% if site.x %}not liquid{% endif %}',
    '```',
    '',
    'CloudFormation: `{{resolve:ssm:/app/key}}` and a Hugo shortcode {{< youtube abc >}} and {{% note %}}.',
    '',
    'Umlauts: Größe, Ærø, Łódź — and Ελληνικά.',
    '',
    `![Helm chart {{ .Chart.Name }}](photo:${PHOTO_1})`,
    '',
    `The same slide again: ![](photo:${PHOTO_1})`,
  ].join('\n'),
  t4: `日本語のメモ。\n\n![The pipeline slide](photo:${PHOTO_2})\n\n* 箇条書き 🎉\n\n![gone](photo:${MISSING})`,
  t5: '',
};

/** The fixture as the export takes it. */
export const source: ExportSource = { event, talks, notes, photos };

/** Settings with every front matter field filled in. */
export function settings(over: Partial<ExportSettings> = {}): ExportSettings {
  return {
    ...defaultExportSettings(),
    tags: ['aws', 'serverless'],
    categories: ['conferences'],
    author: 'Akshay',
    description: 'Notes: day by day',
    extra: [{ key: 'image', value: '/assets/summit.png' }],
    intro: 'AWS organized the summit. These are my notes.\n\nBuilt with {{ site.title }} in mind.',
    dayIntros: { '2017-04-19': 'Day two was about containers.' },
    ...over,
  };
}

/** A moment long after the event, so no post is in the future. */
export const AFTER = Date.UTC(2026, 0, 1);
