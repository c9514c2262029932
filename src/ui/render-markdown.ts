// Notes Markdown → safe HTML for the preview. Loaded only when a preview opens (marked and
// DOMPurify stay out of the first paint).
import DOMPurify from 'dompurify';
import { marked } from 'marked';

// Links in notes lead to other sites: open them in a new tab without giving that tab a handle on this one.
DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && /^https?:/i.test(node.getAttribute('href') ?? '')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/** Renders Markdown with marked and removes scripts, event handlers, javascript: links, forms and styles. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return DOMPurify.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style'],
  });
}
