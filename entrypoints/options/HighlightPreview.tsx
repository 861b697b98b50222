// A sample paragraph with one name of each kind, highlighted the way pages will show them: with
// the CSS Custom Highlight API and the very style sheet the content script adopts, or, where
// the browser lacks that API, with inline styles on the names' own elements.
import { useEffect, useRef } from 'preact/hooks';
import { highlightCss, markStyle, type Appearance, type StyledKind } from '../../utils/appearance';
import { t } from '../../utils/i18n';

const KINDS: StyledKind[] = ['person', 'organization', 'suggestion'];
// Private-use characters, which no translation contains, mark where the names go in the sentence.
const MARKERS = ['\uE001', '\uE002', '\uE003'] as const;

type Part = { text: string; kind?: StyledKind };

/** The sample sentence split into plain text and the three names. */
export function previewParts(): Part[] {
  const sentence = t('preview_sentence', [...MARKERS]);
  const names: Record<StyledKind, string> = {
    person: t('preview_person'),
    organization: t('preview_organization'),
    suggestion: t('preview_suggestion'),
  };
  const parts: Part[] = [];
  for (const piece of sentence.split(/([\uE001-\uE003])/u)) {
    const index = MARKERS.indexOf(piece as (typeof MARKERS)[number]);
    const kind = KINDS[index];
    if (kind) parts.push({ text: names[kind], kind });
    else if (piece !== '') parts.push({ text: piece });
  }
  return parts;
}

function supportsHighlights(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    'highlights' in CSS &&
    typeof Highlight === 'function' &&
    typeof CSSStyleSheet === 'function' &&
    'replaceSync' in CSSStyleSheet.prototype
  );
}

export function HighlightPreview({ look }: { look: Appearance }) {
  const paragraph = useRef<HTMLParagraphElement>(null);
  const sheet = useRef<CSSStyleSheet | null>(null);
  const native = supportsHighlights();

  // The names' ranges, registered once; the options page has no other highlights.
  useEffect(() => {
    const root = paragraph.current;
    if (!native || !root) return;
    for (const kind of KINDS) {
      const highlight = new Highlight();
      for (const element of root.querySelectorAll(`[data-kind="${kind}"]`)) {
        const range = document.createRange();
        range.selectNodeContents(element);
        highlight.add(range);
      }
      CSS.highlights.set(`backstory-${kind}`, highlight);
    }
    const own = new CSSStyleSheet();
    sheet.current = own;
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, own];
    return () => {
      for (const kind of KINDS) CSS.highlights.delete(`backstory-${kind}`);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== own);
      sheet.current = null;
    };
  }, [native]);

  useEffect(() => {
    sheet.current?.replaceSync(highlightCss(look));
  }, [look, native]);

  return (
    <figure class="highlight-preview">
      <figcaption id="highlight-preview-caption">{t('preview_caption')}</figcaption>
      <p
        ref={paragraph}
        aria-describedby="highlight-preview-caption"
        data-preview={native ? 'highlights' : 'inline'}
      >
        {previewParts().map((part, index) =>
          part.kind ? (
            <span key={index} data-kind={part.kind} style={native ? undefined : markStyle(part.kind, look)}>
              {part.text}
            </span>
          ) : (
            part.text
          ),
        )}
      </p>
    </figure>
  );
}
