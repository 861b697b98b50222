// The small Markdown subset notes may use — paragraphs, line breaks, **strong**, *emphasis*,
// `code`, [links](https://…) and `-`/`1.` lists — turned into HTML. Every character of the
// note is escaped first, so the only tags in the output are the ones written here; the result
// still goes through DOMPurify (components/NoteText.tsx) before it reaches a page.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const UNESCAPES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => ESCAPES[char] ?? char);
}

function httpHref(escapedUrl: string): string | null {
  const raw = escapedUrl.replace(/&(amp|lt|gt|quot|#39);/gu, (_all, name: string) => UNESCAPES[name] ?? '');
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? escapeHtml(url.href) : null;
  } catch {
    return null;
  }
}

/** Inline markup of one escaped line. */
function inline(escaped: string): string {
  const codes: string[] = [];
  let out = escaped.replace(/`([^`]+)`/gu, (_all, code: string) => {
    codes.push(`<code>${code}</code>`);
    return `\uE000${codes.length - 1}\uE000`;
  });
  out = out.replace(/\[([^\]]+)\]\(([^)\s]+)\)/gu, (all, label: string, url: string) => {
    const href = httpHref(url);
    return href ? `<a href="${href}">${label}</a>` : all;
  });
  out = out.replace(/\*\*([^*]+)\*\*/gu, '<strong>$1</strong>');
  out = out.replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?![*\w])/gu, '$1<em>$2</em>');
  out = out.replace(/(^|[^_\w])_([^_\s][^_]*)_(?![_\w])/gu, '$1<em>$2</em>');
  return out.replace(/\uE000(\d+)\uE000/gu, (_all, index: string) => codes[Number(index)] ?? '');
}

const BULLET = /^\s*[-*+]\s+(.*)$/u;
const NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/u;

/** HTML for a note written in the Markdown subset. */
export function markdownToHtml(text: string): string {
  const blocks = text.replace(/\r\n?/gu, '\n').split(/\n\s*\n/u);
  const html: string[] = [];
  for (const block of blocks) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const bullets = lines.every((line) => BULLET.test(line));
    const numbered = !bullets && lines.every((line) => NUMBERED.test(line));
    if (bullets || numbered) {
      const pattern = bullets ? BULLET : NUMBERED;
      const items = lines.map((line) => `<li>${inline(escapeHtml(pattern.exec(line)?.[1] ?? ''))}</li>`);
      html.push(bullets ? `<ul>${items.join('')}</ul>` : `<ol>${items.join('')}</ol>`);
    } else {
      html.push(`<p>${lines.map((line) => inline(escapeHtml(line.trim()))).join('<br>')}</p>`);
    }
  }
  return html.join('');
}
