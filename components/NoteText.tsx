// A note's text, rendered from its Markdown subset as Preact elements: the note never becomes
// an HTML string, so nothing in it can become markup; links open in a new tab, no referrer.
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { parseMarkdown, type Inline } from '../utils/markdown';

function renderInline(nodes: readonly Inline[]): ComponentChildren {
  return nodes.map((node, index) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'break':
        return <br key={index} />;
      case 'code':
        return <code key={index}>{node.text}</code>;
      case 'strong':
        return <strong key={index}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={index}>{renderInline(node.children)}</em>;
      case 'link':
        return (
          <a key={index} href={node.href} target="_blank" rel="noopener noreferrer">
            {renderInline(node.children)}
          </a>
        );
    }
  });
}

export function NoteText({ text }: { text: string }) {
  const blocks = useMemo(() => parseMarkdown(text), [text]);
  return (
    <div class="bs-note-text">
      {blocks.map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index}>{renderInline(block.children)}</p>
        ) : block.ordered ? (
          <ol key={index}>
            {block.items.map((item, position) => (
              <li key={position}>{renderInline(item)}</li>
            ))}
          </ol>
        ) : (
          <ul key={index}>
            {block.items.map((item, position) => (
              <li key={position}>{renderInline(item)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
