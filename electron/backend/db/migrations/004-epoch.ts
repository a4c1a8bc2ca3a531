/**
 * 004: a content epoch that every change to documents, findings or decisions advances, so caches
 * built from the database (the search index) know when they are stale.
 */
const tables = ['documents', 'findings', 'decisions'];
const events = ['INSERT', 'UPDATE', 'DELETE'];

export const sql = `
INSERT OR IGNORE INTO meta (key, value) VALUES ('epoch', '0');
${tables
  .flatMap((t) =>
    events.map(
      (e) => `CREATE TRIGGER ${t}_${e.toLowerCase()}_epoch AFTER ${e} ON ${t}
BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'epoch'; END;`,
    ),
  )
  .join('\n')}
`;
