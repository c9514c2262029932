import { useState } from 'preact/hooks';
import { findPlaceholders, type Placeholder } from '../../model/placeholders';

/** Props of the list of "get this slide later" placeholders still open in the notes. */
export interface OpenPlaceholdersProps {
  notes: string;
  onPhoto: (placeholder: Placeholder, file: File) => void;
  onLink: (placeholder: Placeholder, url: string) => void;
}

/** Each `<< … >>` still in the notes, with a way to turn it into a photo or a link. */
export function OpenPlaceholders({ notes, onPhoto, onLink }: OpenPlaceholdersProps) {
  const open = findPlaceholders(notes);
  const [links, setLinks] = useState<Record<number, string>>({});
  if (!open.length) return null;
  return (
    <section class="placeholders" aria-labelledby="placeholders-title">
      <h2 id="placeholders-title">Slides to get later</h2>
      <ul>
        {open.map((p, n) => {
          // The line number makes every name unique, even for placeholders saying the same thing.
          const what = `${p.text ? `“${p.text}”` : 'the slide'} on line ${p.line}`;
          return (
            <li key={`${n}-${p.line}`}>
              <span>{what}</span>
              <label class="button small file-button">
                <input
                  type="file"
                  accept="image/*"
                  onChange={(e) => {
                    const file = e.currentTarget.files?.[0];
                    e.currentTarget.value = '';
                    if (file) onPhoto(p, file);
                  }}
                />
                {`Photo for ${what}`}
              </label>
              <form
                class="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  const url = (links[n] ?? '').trim();
                  if (url) onLink(p, url);
                }}
              >
                <label>
                  <span>{`Link for ${what}`}</span>
                  <input inputMode="url" placeholder="https://…" value={links[n] ?? ''} onInput={(e) => setLinks({ ...links, [n]: e.currentTarget.value })} />
                </label>
                <button type="submit" class="small" aria-label={`Use link for ${what}`}>
                  Use link
                </button>
              </form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
