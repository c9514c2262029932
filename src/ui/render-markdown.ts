// Notes Markdown → safe HTML for the preview. Loaded only when a preview opens (marked and
// DOMPurify stay out of the first paint).
import DOMPurify from 'dompurify';
import { marked } from 'marked';

// Links to other sites (including "//host" ones) open in a new tab, without a handle on this one,
// so a page can never replace the installed app's own window.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  const href = node.tagName === 'A' ? node.getAttribute('href') : null;
  if (href === null) return;
  if (!isSameOrigin(href)) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

function isSameOrigin(href: string): boolean {
  try {
    return new URL(href, location.href).origin === location.origin;
  } catch (error) {
    if (error instanceof TypeError) return false; // not a valid URL: treated as leaving the app
    throw error;
  }
}

/** Renders Markdown with marked and removes scripts, event handlers, javascript: links, forms and styles. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return DOMPurify.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style'],
  });
}
