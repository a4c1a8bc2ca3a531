import { useEffect, useState } from 'react';
import { LangProvider, translator } from './i18n/i18n.tsx';
import { useAppState } from './hooks/useAppState.ts';
import { SCREENS, routeParam, routeParam2, screenFromHash, type Screen } from './routes.ts';
import { Sidebar } from './components/Sidebar.tsx';
import { TopBar } from './components/TopBar.tsx';
import { LibraryScreen } from './screens/LibraryScreen.tsx';
import { SettingsScreen } from './screens/SettingsScreen.tsx';
import { FindingsScreen } from './screens/FindingsScreen.tsx';
import { SearchScreen } from './screens/SearchScreen.tsx';
import { ChecklistScreen } from './screens/ChecklistScreen.tsx';
import { CasesScreen } from './screens/CasesScreen.tsx';

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return hash;
}

export function App() {
  const state = useAppState();
  const hash = useHash();
  const screen = screenFromHash(hash);
  const go = (s: Screen) => (location.hash = `#/${s}`);
  const lang = state.prefs?.language ?? 'vi';

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translator(lang)('app.name');
  }, [lang]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.ctrlKey || e.altKey || e.metaKey) return;
      const n = Number(e.key);
      const target = SCREENS[n - 1];
      if (target) {
        e.preventDefault();
        go(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <LangProvider lang={lang}>
      <div className="shell">
        <Sidebar current={screen} onGo={go} />
        <div className="main">
          <TopBar
            workspace={state.workspace}
            lang={lang}
            onToggleLang={() => void state.setPrefs({ language: lang === 'vi' ? 'en' : 'vi' })}
          />
          <main className="content">
            {state.error && (
              <div className="banner error" role="alert">
                {state.error}
              </div>
            )}
            {screen === 'library' && (
              <LibraryScreen
                state={state}
                documentId={routeParam(hash)}
                clauseId={routeParam2(hash)}
              />
            )}
            {screen === 'settings' && <SettingsScreen state={state} />}
            {screen === 'search' && <SearchScreen hasWorkspace={state.workspace !== null} />}
            {screen === 'findings' && <FindingsScreen state={state} />}
            {screen === 'checklist' && <ChecklistScreen hasWorkspace={state.workspace !== null} />}
            {screen === 'cases' && <CasesScreen hasWorkspace={state.workspace !== null} />}
          </main>
        </div>
      </div>
    </LangProvider>
  );
}
