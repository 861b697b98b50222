// A note's text, rendered from its Markdown subset and sanitised by DOMPurify with a small
// allow-list before it is shown; links open in a new tab without a referrer.
import DOMPurify from 'dompurify';
import { useMemo } from 'preact/hooks';
import { markdownToHtml } from '../utils/markdown';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'code', 'a', 'ul', 'ol', 'li'];

let purifier: ReturnType<typeof DOMPurify> | null = null;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    const href = node.getAttribute('href') ?? '';
    if (!/^https?:\/\//iu.test(href)) node.removeAttribute('href');
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
  purifier = instance;
  return instance;
}

export function sanitiseNoteHtml(text: string): string {
  return getPurifier().sanitize(markdownToHtml(text), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'target', 'rel'],
    ALLOW_DATA_ATTR: false,
  });
}

export function NoteText({ text }: { text: string }) {
  const html = useMemo(() => sanitiseNoteHtml(text), [text]);
  // Safe: built from escaped text by markdownToHtml, then sanitised with an allow-list.
  return <div class="bs-note-text" dangerouslySetInnerHTML={{ __html: html }} />;
}
