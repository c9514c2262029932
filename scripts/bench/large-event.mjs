// The bench's large event for the Node figures: 3 days, 90 talks, about 300 KB of notes with the
// usual mix of Markdown (lists, quotes, links, code with Liquid-like braces).

/** The event, its talks and their notes (by talk id). */
export function largeEvent() {
  const event = {
    id: 'e',
    name: 'Benchmark Summit',
    location: 'Hall',
    startDate: '2026-05-04',
    endDate: '2026-05-06',
    link: '',
    timeZone: 'Europe/Berlin',
    tags: [],
    createdAt: 1,
    updatedAt: 1,
  };
  const talks = [];
  const notes = {};
  const line = (t, i) =>
    [
      `* point ${i} of talk ${t}: serverless, containers and {{ .Values.x }}`,
      `> a quote worth keeping, number ${i}`,
      `[a link](https://example.com/${t}/${i})`,
      '```yaml',
      `key: {{ value ${i} }}`,
      '```',
    ][i % 6];
  for (let t = 0; t < 90; t++) {
    const day = Math.floor(t / 30);
    const id = `t${t}`;
    talks.push({
      id,
      eventId: 'e',
      title: `Talk ${t}: Ünïcode & "quotes" #${t}`,
      speakers: [{ name: `Speaker ${t}`, role: 'Engineer' }],
      date: `2026-05-0${4 + day}`,
      startTime: `${String(9 + Math.floor((t % 30) / 4)).padStart(2, '0')}:${t % 2 ? '30' : '00'}`,
      endTime: '',
      room: 'A',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    });
    const lines = [];
    while (lines.join('\n').length < 3400) lines.push(line(t, lines.length));
    notes[id] = lines.join('\n');
  }
  return { event, talks, notes };
}
