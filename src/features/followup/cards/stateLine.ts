import type { FollowupReport } from '../domain/FollowupReport';
import { formatDateTime } from '../../../shared/swedishTime';

/** "Utkast, version 3 – sparat 2 maj 2026 kl. 14:05 av Megan Bowen", or "Inte påbörjad". */
export function stateLine(report: FollowupReport | undefined): string {
  if (!report) return 'Inte påbörjad – inget är sparat ännu.';
  if (report.state === 'submitted') {
    return `Inlämnad, version ${report.version} – ${formatDateTime(report.submittedAt ?? report.updatedAt)} av ${report.submittedByName ?? report.updatedByName}`;
  }
  return `Utkast, version ${report.version} – sparat ${formatDateTime(report.updatedAt)} av ${report.updatedByName}`;
}
