// Finds elements by role and accessible name, by label text or by visible text, inside the page.
// Used where the client has no role/label queries of its own (WebdriverIO against WebKitWebDriver):
// the function is sent with "execute script" and returns element references.
// It is a simplified accname/role computation: enough for an app that labels things properly
// (aria-label, aria-labelledby, <label>, text content). It never looks at CSS classes.
// The W3C endpoints GET …/element/{id}/computedrole and …/computedlabel (WebKit has both) give the
// browser's own answer and can double-check a hit.

/** A pattern as it crosses into the page (a RegExp does not survive JSON). */
export interface WirePattern {
  source: string;
  flags: string;
}

type WireText = string | WirePattern;

/** A query as it crosses into the page. */
export interface WireQuery {
  role?: string;
  name?: WireText;
  exact?: boolean;
  level?: number;
  hasText?: WireText;
  label?: WireText;
  text?: WireText;
  within?: WireQuery;
  includeHidden?: boolean;
}

/** Runs in the page (sent whole, so it may use nothing from outside): the matching elements, in document order. */
export function findInPage(q: WireQuery): Element[] {
  const norm = (s: string | null | undefined): string => (s || '').replace(/\s+/g, ' ').trim();
  const toMatcher = (want: WireText | undefined, exact?: boolean): ((s: string) => boolean) => {
    if (want == null) return () => true;
    if (typeof want === 'object') {
      const re = new RegExp(want.source, want.flags);
      return (s: string) => re.test(s);
    }
    return exact ? (s: string) => s === want : (s: string) => s.toLowerCase().includes(want.toLowerCase());
  };
  const hidden = (el: Element): boolean => !!el.closest('[hidden],[aria-hidden="true"]') || (el.getClientRects().length === 0 && el.tagName !== 'INPUT');
  const textOf = (node: Node): string => {
    if (node.nodeType === 3) return node.textContent ?? '';
    if (node.nodeType !== 1) return '';
    const el = node as HTMLElement;
    if (el.getAttribute('aria-hidden') === 'true' || el.hidden) return '';
    if (el.tagName === 'IMG') return el.getAttribute('alt') || '';
    const al = el.getAttribute('aria-label');
    if (al) return al;
    if (['INPUT', 'TEXTAREA', 'SELECT', 'SCRIPT', 'STYLE'].includes(el.tagName)) return '';
    return [...el.childNodes].map(textOf).join('');
  };
  const byIds = (ids: string): string =>
    ids
      .split(/\s+/)
      .map((id) => document.getElementById(id))
      .filter((e): e is HTMLElement => e !== null)
      .map((e) => textOf(e))
      .join(' ');
  const roleOf = (el: Element): string | null => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(/\s+/)[0] ?? null;
    const t = el.tagName.toLowerCase();
    if (t === 'a' || t === 'area') return el.hasAttribute('href') ? 'link' : null;
    if (t === 'button') return 'button';
    if (t === 'input') {
      const type = (el.getAttribute('type') || 'text').toLowerCase();
      const map: Record<string, string> = {
        button: 'button',
        submit: 'button',
        reset: 'button',
        image: 'button',
        checkbox: 'checkbox',
        radio: 'radio',
        search: 'searchbox',
        number: 'spinbutton',
        range: 'slider',
      };
      if (type in map) return map[type] ?? null;
      return ['text', 'email', 'tel', 'url', 'password'].includes(type) ? 'textbox' : null;
    }
    if (t === 'textarea') return 'textbox';
    if (t === 'select') return (el as HTMLSelectElement).multiple || (el as HTMLSelectElement).size > 1 ? 'listbox' : 'combobox';
    if (/^h[1-6]$/.test(t)) return 'heading';
    if (t === 'ul' || t === 'ol') return 'list';
    if (t === 'li') return 'listitem';
    if (t === 'img') return el.getAttribute('alt') === '' ? 'presentation' : 'img';
    if (t === 'section') return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : null;
    if (t === 'aside') return 'complementary';
    if (t === 'nav') return 'navigation';
    if (t === 'main') return 'main';
    if (t === 'form') return 'form';
    if (t === 'fieldset') return 'group';
    if (t === 'dialog') return 'dialog';
    if (t === 'output') return 'status';
    return null;
  };
  const NAME_FROM_CONTENT = new Set([
    'button',
    'link',
    'heading',
    'tab',
    'checkbox',
    'radio',
    'option',
    'menuitem',
    'cell',
    'columnheader',
    'rowheader',
    'listitem',
    'treeitem',
    'switch',
    'tooltip',
  ]);
  const nameOf = (el: Element, role: string): string => {
    const lb = el.getAttribute('aria-labelledby');
    if (lb) return norm(byIds(lb));
    const al = el.getAttribute('aria-label');
    if (al) return norm(al);
    const labels = (el as HTMLInputElement).labels;
    if (labels?.length) return norm([...labels].map(textOf).join(' '));
    if (el.tagName === 'IMG') return norm(el.getAttribute('alt'));
    if (el.tagName === 'FIELDSET') return norm(textOf(el.querySelector('legend') || document.createElement('i')));
    if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes((el as HTMLInputElement).type)) return norm((el as HTMLInputElement).value);
    if (NAME_FROM_CONTENT.has(role)) return norm(textOf(el));
    return norm(el.getAttribute('title') || '');
  };
  const search = (root: ParentNode, q: WireQuery): Element[] => {
    const all = [...root.querySelectorAll('*')];
    let hits: Element[];
    if (q.role) {
      const nameOk = toMatcher(q.name, q.exact);
      hits = all.filter((el) => {
        const role = roleOf(el);
        if (role !== q.role) return false;
        if (q.level && Number(el.getAttribute('aria-level') || el.tagName.slice(1)) !== q.level) return false;
        return nameOk(nameOf(el, role));
      });
    } else if (q.label != null) {
      const ok = toMatcher(q.label, true);
      hits = all.filter(
        (el) =>
          ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) &&
          (ok(norm(el.getAttribute('aria-label'))) ||
            (el.getAttribute('aria-labelledby') && ok(norm(byIds(el.getAttribute('aria-labelledby') ?? '')))) ||
            [...((el as HTMLInputElement).labels ?? [])].some((l) => ok(norm(textOf(l))))),
      );
      return hits.filter((el) => q.includeHidden || !el.closest('[hidden]'));
    } else if (q.text != null) {
      const ok = toMatcher(q.text, false);
      hits = all.filter((el) => ok(norm(el.textContent)) && ![...el.children].some((c) => ok(norm(c.textContent))));
    } else hits = all;
    if (q.hasText != null) {
      const ok = toMatcher(q.hasText, false);
      hits = hits.filter((el) => ok(norm(el.textContent)));
    }
    return q.includeHidden ? hits : hits.filter((el) => !hidden(el));
  };
  let roots: ParentNode[] = [document];
  if (q.within) roots = findInPage(q.within);
  return roots.flatMap((root) => search(root, q));
}
