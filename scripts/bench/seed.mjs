// The benchmark's database, written straight into the app's IndexedDB by a page of the app:
// 2,000 talks in 10 events, about 20,000 lines of notes and 500 slide photos (real JPEGs).
// Runs in the browser (passed to page.evaluate), so it uses only browser APIs.

/**
 * Fills the app's database; returns the ids the benchmark opens, what was written, and the big and
 * medium notes' text (the bare baseline page holds the very same text).
 */
export async function seedDatabase({ events: eventCount, talksPerEvent, photos: photoCount, bigNoteKB, mediumNoteKB }) {
  const words = ['lambda', 'container', 'kubernetes', 'queue', 'stream', 'cache', 'latency', 'durable', 'edge', 'vector'];
  const canvas = new OffscreenCanvas(1600, 1200);
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, 1600, 1200);
  for (let i = 0; i < 600; i++) {
    g.fillStyle = `hsl(${(i * 37) % 360} 50% ${30 + (i % 40)}%)`;
    g.fillRect((i * 131) % 1600, (i * 71) % 1200, 90, 24);
  }
  const jpeg = await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.82 })).arrayBuffer();

  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('talknotes');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const commit = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  const now = Date.now();
  const stamps = { createdAt: now, updatedAt: now };
  const line = (t, i) => {
    const w = words[(t + i) % 10];
    const v = words[(t * 7 + i) % 10];
    // A long note has a placeholder and a to-do every 100 lines, not every 10.
    if (i >= 10 && (i % 10 === 4 || i % 10 === 5) && i % 100 > 9) return `* ${v} in practice, line ${i}`;
    return [
      `* ${w} at scale: point ${i} of talk ${t}, München`,
      `> "${v} is a property of the system, not of a box"`,
      `[${w} docs](https://example.com/${t}/${i})`,
      `* ${v} numbers: p99 ${i} ms`,
      `- [ ] try ${w} with ${v}`,
      `<< slide ${i}: the ${v} diagram >>`,
      `* ${w} and ${v} together`,
      `## ${w} ${i}`,
      `{ ask about ${v} }`,
      `* takeaway: ${w} first`,
    ][i % 10];
  };
  let talks = 0;
  let lines = 0;
  let photos = 0;
  let bigTalkId = '';
  let mediumTalkId = '';
  let bigNote = '';
  let mediumNote = '';
  const photosPerEvent = Math.ceil(photoCount / eventCount);
  for (let e = 0; e < eventCount; e++) {
    const eventId = crypto.randomUUID();
    const month = String(1 + e).padStart(2, '0');
    const tx = db.transaction(['events', 'talks', 'notes'], 'readwrite');
    tx.objectStore('events').put({
      id: eventId,
      name: `Benchmark Summit ${e + 1}`,
      location: 'Hall',
      startDate: `2026-${month}-04`,
      endDate: `2026-${month}-06`,
      link: 'https://example.com',
      timeZone: '',
      tags: ['bench'],
      ...stamps,
    });
    const photoRecords = [];
    for (let t = 0; t < talksPerEvent; t++) {
      const talkId = crypto.randomUUID();
      const day = Math.floor((t * 3) / talksPerEvent);
      const minutes = 9 * 60 + (t % Math.ceil(talksPerEvent / 3)) * 5;
      const time = (m) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      tx.objectStore('talks').put({
        id: talkId,
        eventId,
        title: `Session ${talks} on ${words[talks % 10]} and ${words[(talks * 3) % 10]}`,
        speakers: [{ name: `Speaker ${talks}`, role: 'Engineer' }],
        date: `2026-${month}-0${4 + day}`,
        startTime: time(minutes),
        endTime: time(minutes + 45),
        room: `Room ${t % 12}`,
        tags: [],
        ...stamps,
      });
      const noteLines = [];
      if (e === 0 && t < 2) {
        // The first talk holds the big note, the second a medium one.
        if (t === 0) bigTalkId = talkId;
        else mediumTalkId = talkId;
        const kb = t === 0 ? bigNoteKB : mediumNoteKB;
        for (let size = 0; size < kb * 1024; size += noteLines[noteLines.length - 1].length + 1) noteLines.push(line(talks, noteLines.length));
        if (t === 0) bigNote = noteLines.join('\n');
        else mediumNote = noteLines.join('\n');
      } else {
        for (let i = 0; i < 10; i++) noteLines.push(line(talks, i));
      }
      if (photoRecords.length < photosPerEvent && photos + photoRecords.length < photoCount) {
        const id = crypto.randomUUID();
        photoRecords.push({ id, talkId, eventId, type: 'image/jpeg', bytes: jpeg.slice(0), width: 1600, height: 1200, number: 1, original: null, ...stamps });
        noteLines.splice(3, 0, `![slide](photo:${id})`);
      }
      const text = noteLines.join('\n');
      tx.objectStore('notes').put({ talkId, eventId, text, revision: `seed-${talks}`, ...stamps });
      lines += noteLines.length;
      talks++;
    }
    await commit(tx);
    // Photos in their own transactions of a few: megabytes per transaction, as the app writes them.
    for (let i = 0; i < photoRecords.length; i += 10) {
      const ptx = db.transaction('photos', 'readwrite');
      for (const photo of photoRecords.slice(i, i + 10)) ptx.objectStore('photos').put(photo);
      await commit(ptx);
    }
    photos += photoRecords.length;
    if (e === 0) globalThis.benchEventId = eventId;
  }
  db.close();
  return {
    bigTalkId,
    mediumTalkId,
    bigNote,
    mediumNote,
    eventId: globalThis.benchEventId,
    talks,
    lines,
    photos,
    photoBytes: jpeg.byteLength,
  };
}
