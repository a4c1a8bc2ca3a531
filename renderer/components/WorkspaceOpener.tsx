import { useState } from 'react';
import { useT } from '../i18n/i18n.tsx';

export function WorkspaceOpener(props: {
  initial: string;
  onOpen: (path: string) => Promise<void>;
}) {
  const { t } = useT();
  const [path, setPath] = useState(props.initial);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void props.onOpen(path.trim()).finally(() => setBusy(false));
      }}
    >
      <h2>{t('workspace.open')}</h2>
      <p className="muted">{t('workspace.hint')}</p>
      <div className="row">
        <label className="grow">
          <span className="label">{t('workspace.pathLabel')}</span>
          <input
            value={path}
            onChange={(e) => setPath(e.target.value)}
            spellCheck={false}
            required
          />
        </label>
        <button type="submit" className="primary" disabled={busy || path.trim() === ''}>
          {t('workspace.openButton')}
        </button>
      </div>
    </form>
  );
}
