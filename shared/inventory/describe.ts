/** One bilingual sentence for a version comparison: "Bản sửa đổi thêm 2 bước phê duyệt; thêm 9 ngày làm việc." */
import type { Bilingual, ProcKind } from '../model/finding.ts';
import { PROC_KINDS } from '../model/finding.ts';
import type { InventoryDiff } from './summary.ts';

const NOUNS: Record<ProcKind, [string, string]> = {
  'PROC.dossier': ['thành phần hồ sơ, giấy tờ', 'dossier papers'],
  'PROC.approval': ['bước phê duyệt, cho ý kiến', 'approvals'],
  'PROC.report': ['yêu cầu báo cáo', 'reports'],
  'PROC.meeting': ['cuộc họp, lấy ý kiến', 'meetings or consultations'],
  'PROC.fee': ['khoản phí, chi phí', 'fees or costs'],
  'PROC.time': ['thời hạn, thời gian chờ', 'time limits or waits'],
  'PROC.in_person': ['yêu cầu có mặt, bản gốc', 'in-person requirements'],
  'PROC.open_ended': ['yêu cầu không giới hạn', 'open-ended requirements'],
};

function part(n: number, kind: ProcKind): [string, string] {
  const [vi, en] = NOUNS[kind];
  return n > 0
    ? [`thêm ${n} ${vi}`, `adds ${n} ${en}`]
    : [`bớt ${-n} ${vi}`, `removes ${-n} ${en}`];
}

function dayPart(d: number, vi: string, en: string): [string, string] {
  return d > 0
    ? [`thêm ${d} ${vi}`, `adds ${d} ${en}`]
    : [`bớt ${-d} ${vi}`, `removes ${-d} ${en}`];
}

/** The net change, kind by kind, then days; "không thay đổi" when nothing moved. */
export function describeDiff(diff: InventoryDiff): Bilingual {
  const parts: [string, string][] = [];
  for (const k of PROC_KINDS) if (diff.net[k] !== 0) parts.push(part(diff.net[k], k));
  if (diff.daysDelta.working !== 0)
    parts.push(dayPart(diff.daysDelta.working, 'ngày làm việc', 'working days'));
  if (diff.daysDelta.calendar !== 0)
    parts.push(dayPart(diff.daysDelta.calendar, 'ngày', 'calendar days'));
  if (parts.length === 0) {
    return {
      vi: 'Bản sửa đổi không thay đổi thủ tục, thời gian.',
      en: 'The revision changes no procedure or time.',
    };
  }
  return {
    vi: `Bản sửa đổi ${parts.map((p) => p[0]).join('; ')}.`,
    en: `The revision ${parts.map((p) => p[1]).join('; ')}.`,
  };
}
