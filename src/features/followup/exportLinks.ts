import type { Session } from '../../kernel/turn/Session';
import type { Reply } from '../../kernel/turn/Turn';
import { formatDateTime } from '../../shared/swedishTime';
import { inert } from '../../shared/text';
import { exportCard } from '../../kernel/export/exportCard';
import { periodStatus } from './domain/periodStatus';
import type { FollowupServices } from './services';

/** Signed download links (CSV and Excel) for all the units the user may view, and per nämnd. */
export async function exportLinks(s: FollowupServices, session: Session, period: string, year: number, body?: string): Promise<Reply> {
  const status = await periodStatus(s, s.packs.get(session.kommun), session.person, period, year);
  if (!status.ok) return status.text;
  const bodies = [...new Map(status.summary.groups.map((g) => [g.body.id, g.body.name])).entries()].filter(([id]) => !body || id === body);
  if (bodies.length === 0) return body ? `Jag hittar ingen nämnd med id ”${inert(body)}” bland de enheter du kan se.` : 'Det finns inga enheter som du kan exportera.';
  const link = (format: 'csv' | 'xlsx', bodyId?: string) =>
    s.links.create({ exporter: 'followup', kommun: session.kommun, params: { period, year, ...(bodyId ? { body: bodyId } : {}) }, format, by: status.person.id });
  const scopes = [
    ...(body || bodies.length === 1 ? [] : [{ name: 'Alla enheter du kan se', id: undefined }]),
    ...bodies.map(([id, name]) => ({ name, id })),
  ].map((sc) => ({ name: sc.name, csv: link('csv', sc.id).url, xlsx: link('xlsx', sc.id).url }));
  const expiresAt = link('csv').expiresAt;
  return {
    card: exportCard({
      title: `${status.period.name} ${year}`,
      validity: `Länkarna gäller till ${formatDateTime(expiresAt)} (15 minuter) och bara för dig.`,
      scopes,
    }),
  };
}
