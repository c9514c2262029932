import type { JSX } from 'preact';
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import { buildSearchIndex, fold, foldChars, search, type SearchHit } from '../../model/search';
import { withDB } from '../../app/services';
import { listEvents } from '../../store/event-store';
import { listAllNotes } from '../../store/note-store';
import { listAllTalks } from '../../store/talk-store';
import { useFocusOnMount } from '../shared/focus';
import { Link } from '../shared/Link';
import { Loaded } from '../shared/Loaded';
import { useLoad } from '../shared/use-load';

/** Search every event's talks: titles, speakers, tags and notes. */
export default function SearchScreen() {
  const data = useLoad(
    () =>
      withDB(async (db) => {
        const [events, talks, notes] = await Promise.all([listEvents(db), listAllTalks(db), listAllNotes(db)]);
        return buildSearchIndex(events, talks, notes);
      }),
    [],
  );
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
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is missing from the phones' browsers this app supports (iOS before 17) */}
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for={id}>Search notes</label>
        <input ref={input} id={id} type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} autoComplete="off" />
      </form>
      {/* Always present, so screen readers hear each change of the count. */}
      <p role="status">
        {!query.trim()
          ? ''
          : hits.length === 0
            ? 'Nothing found.'
            : `${hits.length === 100 ? '100+' : hits.length} ${hits.length === 1 ? 'talk' : 'talks'} found.`}
      </p>
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

// The matching line, around its first match, with the query's words marked (<mark>). Matching
// runs on the folded text; each folded character points back to the character it came from.
function Highlighted({ hit, query }: { hit: SearchHit; query: string }) {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const chars = [...hit.text];
  const folded = foldChars(hit.text);
  const owner: number[] = [];
  folded.forEach((piece, i) => {
    for (let k = 0; k < piece.length; k++) owner.push(i);
  });
  const flat = folded.join('');
  const marked = new Array<boolean>(chars.length).fill(false);
  let first = -1;
  for (const word of words) {
    for (let at = flat.indexOf(word); at >= 0; at = flat.indexOf(word, at + word.length)) {
      for (let k = at; k < at + word.length; k++) marked[owner[k] ?? 0] = true;
      const start = owner[at] ?? 0;
      if (first < 0 || start < first) first = start;
    }
  }
  // A long paragraph shows the 160 characters around the first match, not just its beginning.
  const from = chars.length > 160 ? Math.max(0, Math.min(first - 60, chars.length - 160)) : 0;
  const to = Math.min(chars.length, from + 160);
  const parts: (string | JSX.Element)[] = [];
  let run = '';
  let runMarked = false;
  const flush = (key: number) => {
    if (run) parts.push(runMarked ? <mark key={key}>{run}</mark> : run);
    run = '';
  };
  for (let i = from; i < to; i++) {
    if (marked[i] !== runMarked) {
      flush(i);
      runMarked = Boolean(marked[i]);
    }
    run += chars[i];
  }
  flush(to);
  return (
    <span class="snippet">
      {from > 0 && '…'}
      {parts}
      {to < chars.length && '…'}
    </span>
  );
}
