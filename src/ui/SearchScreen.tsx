import { useId, useMemo, useRef, useState } from 'preact/hooks';
import { buildSearchIndex, fold, search, type SearchHit } from '../model/search';
import { getDB } from '../store/db';
import { listEvents } from '../store/event-store';
import { listAllNotes } from '../store/note-store';
import { listAllTalks } from '../store/talk-store';
import { useFocusOnMount } from './focus';
import { Link } from './Link';
import { Loaded } from './Loaded';
import { useLoad } from './use-load';

/** Search every event's talks: titles, speakers, tags and notes. */
export default function SearchScreen() {
  const data = useLoad(async () => {
    const db = await getDB();
    const [events, talks, notes] = await Promise.all([listEvents(db), listAllTalks(db), listAllNotes(db)]);
    return buildSearchIndex(events, talks, notes);
  }, []);
  return (
    <main>
      <h1>Search</h1>
      <Loaded data={data}>{(index) => <SearchBox index={index} />}</Loaded>
    </main>
  );
}

function SearchBox({ index }: { index: ReturnType<typeof buildSearchIndex> }) {
  const [query, setQuery] = useState('');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useFocusOnMount(input);
  const hits = useMemo(() => search(index, query), [index, query]);
  return (
    <>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for={id}>Search notes</label>
        <input ref={input} id={id} type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} autoComplete="off" />
      </form>
      {query.trim() && (
        <p role="status">{hits.length === 0 ? 'Nothing found.' : `${hits.length === 100 ? '100+' : hits.length} ${hits.length === 1 ? 'talk' : 'talks'} found.`}</p>
      )}
      <ul class="cards" aria-label="Results">
        {hits.map((hit) => (
          <li key={hit.talk.id}>
            <Link to={hit.line ? `/talks/${hit.talk.id}?line=${hit.line}` : `/talks/${hit.talk.id}`} class="card">
              <span class="card-title">{hit.talk.title}</span>
              <span class="card-meta">{[hit.event?.name, hit.talk.date].filter(Boolean).join(' · ')}</span>
              {hit.field !== 'title' && <Highlighted hit={hit} query={query} />}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

// The matching line with the query's words marked (<mark>), compared without case or accents.
function Highlighted({ hit, query }: { hit: SearchHit; query: string }) {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const text = hit.text.length > 160 ? `${hit.text.slice(0, 157)}…` : hit.text;
  const folded = fold(text);
  // fold() keeps one character per character for Latin text, so positions line up; where they
  // would not (a few scripts), the line is shown without marks.
  if (folded.length !== text.length) return <span class="snippet">{text}</span>;
  const marks: [number, number][] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) marks.push([at, at + word.length]);
  }
  marks.sort((a, b) => a[0] - b[0]);
  const parts = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at) continue;
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <span class="snippet">{parts}</span>;
}
