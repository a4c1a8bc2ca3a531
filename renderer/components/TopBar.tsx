import type { WorkspaceInfoT } from '../../shared/ipc/schemas.ts';
import { useT, type Lang } from '../i18n/i18n.tsx';

export function TopBar(props: {
  workspace: WorkspaceInfoT | null;
  lang: Lang;
  onToggleLang: () => void;
}) {
  const { t } = useT();
  const ws = props.workspace;
  return (
    <header className="topbar">
      <div className="workspace" title={ws?.path}>
        {ws ? (
          <>
            <strong>{ws.name}</strong>
            <span className="muted">{ws.path}</span>
            <span className="pill">{t('workspace.documents', { n: ws.documentCount })}</span>
          </>
        ) : (
          <span className="muted">{t('workspace.none')}</span>
        )}
      </div>
      <button
        type="button"
        className="ghost"
        onClick={props.onToggleLang}
        aria-label={t('lang.switchLabel')}
      >
        {t('lang.switch')}
      </button>
    </header>
  );
}
