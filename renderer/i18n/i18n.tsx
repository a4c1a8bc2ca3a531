/** Language context: Vietnamese first, English second; `{name}` placeholders filled from vars. */
import { createContext, useContext, type ReactNode } from 'react';
import { en } from './en.ts';
import { vi, type MessageKey } from './vi.ts';

export type Lang = 'vi' | 'en';
const TABLES: Record<Lang, Record<MessageKey, string>> = { vi, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, vars) => {
    let s = TABLES[lang][key];
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}

const LangContext = createContext<{ lang: Lang; t: Translate }>({ lang: 'vi', t: translator('vi') });

export function LangProvider(props: { lang: Lang; children: ReactNode }) {
  return (
    <LangContext.Provider value={{ lang: props.lang, t: translator(props.lang) }}>
      {props.children}
    </LangContext.Provider>
  );
}

export function useT(): { lang: Lang; t: Translate } {
  return useContext(LangContext);
}
