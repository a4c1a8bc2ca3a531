/** Language context: Vietnamese first, English second; `{name}` placeholders filled from vars. */
import { createContext, useContext, type ReactNode } from 'react';
import { en } from './en.ts';
import { vi } from './vi.ts';
import { review } from './review.ts';
import { search } from './search.ts';
import { checklist } from './checklist.ts';
import { cases } from './cases.ts';

export type Lang = 'vi' | 'en';

/** Each screen group keeps its own strings; the Vietnamese table defines the keys. */
const VI = { ...vi, ...review.vi, ...search.vi, ...checklist.vi, ...cases.vi };
export type MessageKey = keyof typeof VI;
const TABLES: Record<Lang, Record<MessageKey, string>> = {
  vi: VI,
  en: { ...en, ...review.en, ...search.en, ...checklist.en, ...cases.en },
};

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, vars) => {
    let s = TABLES[lang][key];
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}

const LangContext = createContext<{ lang: Lang; t: Translate }>({
  lang: 'vi',
  t: translator('vi'),
});

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
