/** Strings of the checklist screens: Vietnamese defines the keys, English must match them. */
const vi = {} as const;

export const checklist: { vi: typeof vi; en: Record<keyof typeof vi, string> } = {
  vi,
  en: {},
};
