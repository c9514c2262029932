// Notes Markdown → safe HTML for the preview, as the event's blog engine renders it
// (markdown/notes-html.ts). Loaded only when a preview opens (marked and DOMPurify stay out of the
// first paint).
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { notesHtml } from '../../../markdown/notes-html';
import type { ExportTarget } from '../../../model/export-settings';
import { markdownChunks } from '../../../model/markdown-chunks';
import { replacePhotoRefs } from '../../../model/photos';

// What the preview lets through of the engine's HTML: no forms, frames, styles or scripts. Inputs
// stay for the to-do checkboxes both engines draw; a hook removes any other kind.
const PREVIEW_SANITIZE = {
  FORBID_TAGS: ['style', 'form', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
  FORBID_ATTR: ['style'],
};

// Photo references (photo:<id>) become a same-page marker that the sanitiser keeps; a hook then
// points each marked image at the photo's object URL (blob:), which the sanitiser would drop.
const PHOTO_MARK = '#talknotes-photo-';
let photoUrls = new Map<string, string>();

function isSameOrigin(href: string): boolean {
  try {
    return new URL(href, location.href).origin === location.origin;
  } catch (error) {
    if (error instanceof TypeError) return false; // not a valid URL: treated as leaving the app
    throw error;
  }
}

let sanitizer: Purifier | null = null;

/**
 * The preview's own DOMPurify, made on first use with its hooks on it alone: importing this module
 * changes nothing, and no other use of DOMPurify gets the preview's rules.
 */
function previewSanitizer(): Purifier {
  if (sanitizer) return sanitizer;
  const purify = DOMPurify(window);
  // Links to other sites (including "//host" ones) open in a new tab, without a handle on this
  // one, so a page can never replace the installed app's own window.
  purify.addHook('afterSanitizeAttributes', (node) => {
    const href = node.tagName === 'A' ? node.getAttribute('href') : null;
    if (href === null) return;
    if (!isSameOrigin(href)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const src = node.tagName === 'IMG' ? node.getAttribute('src') : null;
    if (!src?.startsWith(PHOTO_MARK)) return;
    const url = photoUrls.get(src.slice(PHOTO_MARK.length));
    if (url) node.setAttribute('src', url);
    else node.removeAttribute('src');
    // Full-size photos, decoded off the frames of typing beside the preview (as in the photo strip).
    node.setAttribute('decoding', 'async');
  });
  // The to-do boxes both engines draw are the only inputs kept: ticks shown, never editable here.
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'input') return;
    const element = node as Element;
    if (element.getAttribute('type') !== 'checkbox') element.remove();
    else {
      element.setAttribute('disabled', '');
      element.setAttribute('aria-label', element.hasAttribute('checked') ? 'Done' : 'Not done yet');
    }
  });
  sanitizer = purify;
  return purify;
}

/**
 * Renders Markdown as `blog` will, and removes scripts, event handlers, javascript: links, forms
 * and styles. Photo references show the photos through `photos` (id → object URL).
 */
export function renderMarkdown(markdown: string, blog: ExportTarget, photos: Map<string, string> = new Map()): string {
  const marked_ = replacePhotoRefs(markdown, (ref) => `![${ref.caption}](${PHOTO_MARK}${ref.id})`);
  photoUrls = photos;
  return previewSanitizer().sanitize(notesHtml(marked_, blog), PREVIEW_SANITIZE);
}

// The pieces rendered last time, by their Markdown, for the photos they were rendered with.
let rendered = new Map<string, string>();
let renderedWith: Map<string, string> | null = null;
let renderedFor: ExportTarget | null = null;

/**
 * Renders long notes piece by piece (see markdownChunks): pieces unchanged since the last call are
 * reused, so a preview following the typing renders a few lines, not the whole note, each time.
 * New pieces are rendered for at most `budgetMs`; those left over come back as null, to be asked
 * for again in a later task, so a long note never blocks typing while it first renders.
 */
export function renderMarkdownChunks(markdown: string, blog: ExportTarget, photos: Map<string, string> = new Map(), budgetMs = Infinity): (string | null)[] {
  if (photos !== renderedWith || blog !== renderedFor) {
    rendered = new Map();
    renderedWith = photos;
    renderedFor = blog;
  }
  const stop = performance.now() + budgetMs;
  const kept = new Map<string, string>();
  let fresh = 0;
  const html = markdownChunks(markdown).map((chunk) => {
    let done = kept.get(chunk) ?? rendered.get(chunk);
    // At least one new piece per call, however slow the device: every call makes progress.
    if (done === undefined && (fresh === 0 || performance.now() < stop)) {
      done = renderMarkdown(chunk, blog, photos);
      fresh++;
    }
    if (done !== undefined) kept.set(chunk, done);
    return done ?? null;
  });
  // Pieces rendered earlier and not asked for now stay until the next call that completes.
  rendered = html.includes(null) ? new Map([...rendered, ...kept]) : kept;
  return html;
}
