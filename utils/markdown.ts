// The small Markdown subset notes may use — paragraphs, line breaks, **strong**, *emphasis*,
// `code`, [links](https://…) and `-`/`1.` lists — parsed into a tree of plain data. The tree
// is rendered as Preact elements (components/NoteText.tsx): a note's text never becomes an
// HTML string, so there is no markup of its own that could reach a page. Links are kept only
// for http(s) URLs.
import { safeHttpUrl } from './safe-url';

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'break' };

export type Block =
  { kind: 'paragraph'; children: Inline[] } | { kind: 'list'; ordered: boolean; items: Inline[][] };

// One pass over a line, trying each inline form at each position; the earliest match wins.
const INLINE_PATTERNS: { kind: 'code' | 'link' | 'strong' | 'em'; pattern: RegExp }[] = [
  { kind: 'code', pattern: /`([^`]+)`/uy },
  { kind: 'link', pattern: /\[([^\]]+)\]\(([^)\s]+)\)/uy },
  { kind: 'strong', pattern: /\*\*([^*]+)\*\*/uy },
  { kind: 'em', pattern: /\*([^*\s](?:[^*]*[^*\s])?)\*(?![*\p{L}\p{N}])/uy },
  { kind: 'em', pattern: /_([^_\s](?:[^_]*[^_\s])?)_(?![_\p{L}\p{N}])/uy },
];

export function parseInline(line: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  let index = 0;
  const flush = () => {
    if (text) out.push({ kind: 'text', text });
    text = '';
  };
  while (index < line.length) {
    const char = line[index] ?? '';
    const previous = index > 0 ? (line[index - 1] ?? '') : '';
    // Emphasis markers inside words (snake_case, 2*3*4) stay text.
    const wordBefore = /[\p{L}\p{N}*_]/u.test(previous);
    let matched = false;
    if ('`[*_'.includes(char)) {
      for (const { kind, pattern } of INLINE_PATTERNS) {
        if ((kind === 'em' || kind === 'strong') && wordBefore) continue;
        pattern.lastIndex = index;
        const match = pattern.exec(line);
        if (!match) continue;
        const [whole, first = '', second = ''] = match;
        if (kind === 'link') {
          const href = safeHttpUrl(second);
          if (!href) continue;
          flush();
          out.push({ kind: 'link', href, children: parseInline(first) });
        } else if (kind === 'code') {
          flush();
          out.push({ kind: 'code', text: first });
        } else {
          flush();
          out.push({ kind, children: parseInline(first) });
        }
        index += whole.length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      text += char;
      index += 1;
    }
  }
  flush();
  return out;
}

const BULLET = /^\s*[-*+]\s+(.*)$/u;
const NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/u;

export function parseMarkdown(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/gu, '\n').split(/\n\s*\n/u)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const bullets = lines.every((line) => BULLET.test(line));
    const numbered = !bullets && lines.every((line) => NUMBERED.test(line));
    if (bullets || numbered) {
      const pattern = bullets ? BULLET : NUMBERED;
      blocks.push({
        kind: 'list',
        ordered: numbered,
        items: lines.map((line) => parseInline(pattern.exec(line)?.[1] ?? '')),
      });
      continue;
    }
    const children: Inline[] = [];
    lines.forEach((line, position) => {
      if (position > 0) children.push({ kind: 'break' });
      children.push(...parseInline(line.trim()));
    });
    blocks.push({ kind: 'paragraph', children });
  }
  return blocks;
}

/** The note as plain text without markup (for CSV, search and accessible names). */
export function markdownToText(text: string): string {
  const inline = (nodes: Inline[]): string =>
    nodes
      .map((node) =>
        node.kind === 'text' || node.kind === 'code'
          ? node.text
          : node.kind === 'break'
            ? '\n'
            : inline(node.children),
      )
      .join('');
  return parseMarkdown(text)
    .map((block) =>
      block.kind === 'paragraph'
        ? inline(block.children)
        : block.items.map((item) => `• ${inline(item)}`).join('\n'),
    )
    .join('\n\n');
}
