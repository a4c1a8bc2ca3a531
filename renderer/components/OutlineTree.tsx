import type { OutlineNodeT } from '../../shared/ipc/documents.ts';
import { useT } from '../i18n/i18n.tsx';

const LABEL: Record<string, string> = {
  decision: 'Quyết định',
  regulation: 'Quy chế/Quy định',
  appendix: 'Phụ lục',
  body: 'Văn bản',
  part: 'Phần',
  chapter: 'Chương',
  section: 'Mục',
  subsection: 'Tiểu mục',
  article: 'Điều',
};

function label(n: OutlineNodeT): string {
  if (n.kind === 'article') return `Điều ${n.number}. ${n.title}`;
  if (n.kind === 'clause') return `Khoản ${n.number}`;
  if (n.kind === 'point') return `Điểm ${n.number}`;
  const head = LABEL[n.kind] ?? n.kind;
  return n.number ? `${head} ${n.number}. ${n.title}` : n.title || head;
}

/** Sections, headings and articles (khoản and điểm are in the text, not the tree). */
export function OutlineTree(props: {
  nodes: OutlineNodeT[];
  selected: number | null;
  onSelect: (n: OutlineNodeT) => void;
}) {
  const { t } = useT();
  const shown = props.nodes.filter((n) => n.kind !== 'clause' && n.kind !== 'point');
  return (
    <nav className="outline" aria-label={t('reader.outline')}>
      <ul>
        {shown.map((n) => (
          <li key={n.id} className={`outline-${n.kind}`}>
            <button
              type="button"
              className={props.selected === n.id ? 'active' : ''}
              onClick={() => props.onSelect(n)}
              title={label(n)}
            >
              {label(n)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
