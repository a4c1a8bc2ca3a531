/**
 * Case files ("Hồ sơ vụ việc"): export the signed review report, list the exports with their
 * hashes, and check any report file an inspector is handed.
 */
import { useT } from '../i18n/i18n.tsx';
import { ExportPanel } from '../components/cases/ExportPanel.tsx';
import { ReportList } from '../components/cases/ReportList.tsx';
import { VerifyBox } from '../components/cases/VerifyBox.tsx';
import { useReports } from '../components/cases/useReports.ts';

export function CasesScreen(props: { hasWorkspace: boolean }) {
  const { t } = useT();
  return (
    <section className="cases" aria-labelledby="cases-title">
      <h1 id="cases-title">{t('cases.title')}</h1>
      <p className="lead">{t('cases.intro')}</p>
      {props.hasWorkspace ? <Cases /> : <p className="banner">{t('needsWorkspace')}</p>}
      <VerifyBox />
    </section>
  );
}

function Cases() {
  const { t } = useT();
  const list = useReports();
  return (
    <>
      <ExportPanel onExported={list.reload} />
      <section className="card cases-list" aria-labelledby="cases-list-title">
        <h2 id="cases-list-title">{t('cases.list.title')}</h2>
        {list.error && (
          <div className="banner error" role="alert">
            {list.error}
          </div>
        )}
        {list.reports ? (
          <ReportList reports={list.reports} />
        ) : (
          <p className="muted">{t('loading')}</p>
        )}
      </section>
    </>
  );
}
