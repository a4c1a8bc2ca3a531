/**
 * Who bears a clause: a named position or unit, a vague group ("các cơ quan có liên quan"), a
 * party addressed by role (công chức, thí sinh), or no one. A clause that starts with a verb
 * ("a) Chủ trì …") takes its actor from the lead-in ("Sở Xây dựng có trách nhiệm:") or from
 * the article heading ("Trách nhiệm của Sở Xây dựng").
 */
import { BODIES, NAME_WORD, PARTIES, POSITIONS, UNIT_HEADS, VAGUE } from './lexicon.ts';
import { fold } from '../text/index.ts';
import { phraseFinder } from './phrase-finder.ts';
import { prepareText, type PreparedText } from './prepared.ts';

export type ActorKind = 'named' | 'vague' | 'party';
export type ActorMention = { kind: ActorKind; span: [number, number]; text: string };
export type ActorSource = 'text' | 'context' | 'article';
export type ClauseActor =
  /** `agent`: named after "do", "bởi", "được" rather than as the subject. */
  | { kind: ActorKind; source: ActorSource; mention: ActorMention; agent?: boolean }
  | { kind: 'none'; source: 'none' };

const WS = String.raw`(?<![\p{L}\p{N}\p{M}])`;
const WE = String.raw`(?![\p{L}\p{N}\p{M}])`;
const NAMED = new RegExp(
  WS +
    '(?:(?:' +
    UNIT_HEADS.join('|') +
    String.raw`)(?:\s+(?:và|,)?\s*${NAME_WORD})+|` +
    BODIES.join('|') +
    ')' +
    WE,
  'gu',
);
const positions = phraseFinder(POSITIONS);
const parties = phraseFinder(PARTIES);
const vague = phraseFinder([], VAGUE);
const ORGANISE =
  /^\s+(?:thuc hien|trien khai|kiem tra|hop|hoi nghi|tap huan|danh gia|xay dung|lay|tiep|giang day|thi|cham|quan ly|van hanh|tuyen truyen|boi duong|dao tao|so ket|tong ket|pho bien|huong dan|giam sat|cac|viec|cuoc|lop|doan|tham dinh|luu tru|ban giao|coi thi|khai giang|be giang|le|dieu tra|khao sat|xet|thanh tra|doi thoai|cung cap|ra soat|nghien cuu|ung dung)\b/;
/** "Người đến khai thác tài liệu", "người đăng ký dự tuyển": a person named by what they do. */
const ROLE_PERSON =
  /\bnguoi (?:duoc |da |co )?(?:[a-z]+ )?(?:nop|den|dang ky|de nghi|yeu cau|khieu nai|to cao|su dung|khai thac|nhan|lam|dai dien|du tuyen|trung tuyen|giai quyet|ky|lap|soan thao|xu ly|phat ngon|tham gia|gui|thoi gian|trach nhiem|nhu cau|tiep|thu ly|xac minh|phu trach|theo doi|kiem tra|tham dinh|chu tri|huong dan|bi khieu nai|bi to cao|to giac|phan anh|kien nghi|muon|thue|mua)\b/g;
/**
 * "Phòng, đơn vị được kiểm tra", "cơ quan được hỏi": a unit named by what is done to it. Found
 * from the rarer "được …" back to the unit words, so the common unit words cost nothing.
 */
const ROLE_UNIT_VERB = / duoc (?:kiem tra|thanh tra|hoi|lay y kien|giam sat|de nghi|moi)\b/g;
const ROLE_UNIT_HEAD =
  /\b(?:phong|don vi|co quan|bo phan|to chuc)(?:,? (?:va )?(?:phong|don vi|co quan|bo phan))*$/;
const ENUMERATED = /^[^.;]{0,24}?(?:bao g[ồo]m|g[ồo]m|l[àa])\s*:?\s*(?:c[áa]c\s+)?\p{Lu}/u;

/** Every actor mention in a text (up to `limit` characters), longest first where they overlap. */
export function findActors(p: PreparedText, limit = p.text.length): ActorMention[] {
  const all: ActorMention[] = [];
  const hay = limit < p.text.length ? p.text.slice(0, limit) : p.text;
  for (const m of hay.matchAll(NAMED)) {
    all.push({ kind: 'named', span: [m.index, m.index + m[0].length], text: m[0] });
  }
  for (const h of positions.all(p, 0, limit)) all.push({ kind: 'named', ...h });
  for (const h of parties.all(p, 0, limit)) {
    // "Tổ chức thực hiện …", "Tổ chức giảng dạy …": the verb, not an organisation.
    if (
      p.folded.slice(h.span[0], h.span[1]) === 'to chuc' &&
      ORGANISE.test(p.folded.slice(h.span[1], h.span[1] + 24))
    )
      continue;
    all.push({ kind: 'party', ...h });
  }
  for (const m of p.folded.slice(0, limit).matchAll(ROLE_PERSON)) {
    all.push({
      kind: 'party',
      span: [m.index, m.index + m[0].length],
      text: p.text.slice(m.index, m.index + m[0].length),
    });
  }
  for (const m of p.folded.slice(0, limit).matchAll(ROLE_UNIT_VERB)) {
    const head = ROLE_UNIT_HEAD.exec(p.folded.slice(Math.max(0, m.index - 40), m.index));
    if (!head) continue;
    const start = m.index - head[0].length;
    const end = m.index + m[0].length;
    all.push({ kind: 'party', span: [start, end], text: p.text.slice(start, end) });
  }
  for (const h of vague.all(p, 0, limit)) {
    // "các Phòng Tư pháp, Phòng Nội vụ" names its units: capitals after the group word.
    const after = p.text.slice(h.span[0], h.span[1] + 24);
    if (/^\p{Ll}+\s+\p{Lu}[\p{L}\p{M}]*\s+\p{Lu}/u.test(after)) continue;
    // "Các phòng chuyên môn gồm: Phòng A, Phòng B" enumerates its members.
    if (ENUMERATED.test(p.text.slice(h.span[1], h.span[1] + 48))) continue;
    // A list that takes in "cá nhân" addresses everyone the rule concerns, not a vague assignee.
    all.push({
      kind: /\bca nhan\b/.test(p.folded.slice(h.span[0], h.span[1])) ? 'party' : 'vague',
      ...h,
    });
  }
  all.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const out: ActorMention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.span[0] < last.span[1]) {
      // A vague group that starts inside a named mention wins only when it is longer.
      if (m.kind === 'vague' && m.span[1] > last.span[1] && m.span[0] === last.span[0])
        out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

const LABEL = /^\s*(?:\d+(?:\.\d+)*\s*[.)]?|[a-zđ]\s*\)|[-+•*–]|[IVXLC]+\.)\s*/u;
const LEADING =
  /^(?:trong truong hop|truong hop|khi|neu|sau khi|truoc khi|trong qua trinh|doi voi|can cu|hang nam|hang thang|dinh ky|trong thoi han|cham nhat|ngoai ra|dong thoi|qua (?:thoi han|han))\b/;
/** Words before the actor: a request ("Đề nghị các sở …"), then a plural or distributive ("các"). */
const REQUEST = /^(?:de nghi|yeu cau)\s+/;
const SKIP = /^(?:cac|moi|tung|nhung|toan the)\s+/;

/** Where the body starts once a "1." / "a)" / "-" label is stripped. */
export function bodyStart(text: string): number {
  return LABEL.exec(text)?.[0].length ?? 0;
}

function at(mentions: ActorMention[], pos: number, p: PreparedText): ActorMention | undefined {
  const request = REQUEST.exec(p.folded.slice(pos));
  const from = request ? pos + request[0].length : pos;
  const skip = SKIP.exec(p.folded.slice(from));
  const alt = skip ? from + skip[0].length : from;
  return mentions.find((m) => m.span[0] === pos || m.span[0] === from || m.span[0] === alt);
}

/** The grammatical subject, when the clause names one at its start or after a leading condition. */
export function subjectOf(p: PreparedText, mentions = findActors(p)): ActorMention | undefined {
  const start = bodyStart(p.text);
  const direct = at(mentions, start, p);
  if (direct) return direct;
  const body = p.folded.slice(start);
  if (LEADING.test(body)) {
    // The subject follows the leading condition, after one of its commas ("Trường hợp …, theo
    // Điểm b, Khoản 1, chủ quản dữ liệu …"), after "thì", or after "mà" ("Quá thời hạn mà cơ
    // quan được hỏi không trả lời …").
    const stop = body.slice(0, 240);
    for (const m of stop.matchAll(/,\s*|\b(?:thi|ma)\s+/g)) {
      const hit = at(mentions, start + m.index + m[0].length, p);
      if (hit) return hit;
    }
  }
  return undefined;
}

const AGENT = /\b(?:do|boi|giao cho|giao|duoc)\s+/g;
/**
 * "được thực hiện tại Phòng Tiếp công dân", "đăng ký tại Văn thư": the named unit where the work
 * is carried out does it. Where a paper is kept or handed over ("lưu tại", "trả tại") says nothing
 * of who keeps or hands it.
 */
const AT_VERBS = String.raw`(?:thực hiện|tiến hành|tổ chức|tiếp nhận|đăng ký|giải quyết|xử lý|thẩm định)`;
const AGENT_AT = new RegExp(String.raw`(?<![\p{L}\p{M}])${AT_VERBS}\s+tại\s+`, 'gu');
const AGENT_AT_FOLDED = new RegExp(String.raw`\b${fold(AT_VERBS)}\s+tai\s+`, 'g');

function agentOf(p: PreparedText, mentions: ActorMention[]): ActorMention | undefined {
  for (const m of p.folded.matchAll(AGENT)) {
    const hit = at(mentions, m.index + m[0].length, p);
    if (hit) return hit;
  }
  // Written with marks only: folded, "tại" is also "tài", "tái".
  const where = p.marked ? p.lower.matchAll(AGENT_AT) : p.folded.matchAll(AGENT_AT_FOLDED);
  for (const m of where) {
    const hit = at(mentions, m.index + m[0].length, p);
    if (hit && hit.kind === 'named') return hit;
  }
  return undefined;
}

const HEADING = /^\s*điều\s+\d+[a-zđ]?\s*[.:]\s*/iu;
const DUTY_OF =
  /\b(?:trach nhiem|nhiem vu|quyen han|quyen|nghia vu|chuc nang|tham quyen|vai tro|lam viec)\b[^.;]{0,60}?\bcua\s+/;

function articleActor(article: PreparedText): ActorMention | undefined {
  const mentions = findActors(article);
  const head = HEADING.exec(article.text)?.[0].length ?? 0;
  // "Trách nhiệm của Sở Xây dựng" names its bearer; "Giải quyết công việc của tổ chức, công dân"
  // names whose business it is.
  const cua = DUTY_OF.exec(article.folded.slice(head));
  if (cua) {
    const from = head + cua.index + cua[0].length;
    const hit = at(mentions, from, article);
    if (hit) return hit;
  }
  const title = article.folded.slice(head);
  if (/^(?:trach nhiem|nhiem vu|noi dung|quyen|chuc nang)/.test(title)) {
    return mentions.find((m) => m.span[0] >= head && m.span[0] < head + 40);
  }
  const first = at(mentions, head, article);
  return first && first.kind !== 'party' ? first : undefined;
}

export type ActorInput = {
  text: string | PreparedText;
  context?: string | PreparedText;
  article?: string | PreparedText;
};

const SUBJECT_REACH = 320;

const prep = (x: string | PreparedText): PreparedText =>
  typeof x === 'string' ? prepareText(x) : x;

/** The actor of a clause, with where it was found. */
// Lead-ins and headings repeat over the clauses of one article, and the rules engine hands the
// same prepared object for each: their actor is worked out once.
const contextSubjects = new WeakMap<PreparedText, ActorMention | null>();
const articleActors = new WeakMap<PreparedText, ActorMention | null>();

function once(
  cache: WeakMap<PreparedText, ActorMention | null>,
  p: PreparedText,
  find: (p: PreparedText) => ActorMention | undefined,
): ActorMention | undefined {
  let hit = cache.get(p);
  if (hit === undefined) {
    hit = find(p) ?? null;
    cache.set(p, hit);
  }
  return hit ?? undefined;
}

export function detectActor(input: ActorInput): ClauseActor {
  const p = prep(input.text);
  // The subject sits in the first words; the rest of the text matters only to find an agent.
  const subject = subjectOf(p, findActors(p, SUBJECT_REACH));
  if (subject) return { kind: subject.kind, source: 'text', mention: subject };
  const agent = agentOf(p, findActors(p));
  if (agent) return { kind: agent.kind, source: 'text', mention: agent, agent: true };
  if (input.context) {
    const cs = once(contextSubjects, prep(input.context), (c) =>
      subjectOf(c, findActors(c, SUBJECT_REACH)),
    );
    if (cs) return { kind: cs.kind, source: 'context', mention: cs };
  }
  if (input.article) {
    const a = once(articleActors, prep(input.article), articleActor);
    if (a) return { kind: a.kind, source: 'article', mention: a };
  }
  return { kind: 'none', source: 'none' };
}
