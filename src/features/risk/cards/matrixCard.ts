import { renderCard, type AdaptiveCardJson, type Notice } from '../../../kernel/cards/renderCard';
import type { RiskScale } from '../../../kernel/knowledge/packSchema';
import { inert } from '../../../shared/text';
import type { OwnerContext } from '../authorizeOwner';
import { levelOf } from '../domain/riskScale';
import type { RiskRecord } from '../domain/RiskRecord';
import { newRiskId } from '../riskWorkflow';

/** Adaptive Cards container styles for the scale's level colours. */
const styleOf = (color: RiskScale['levels'][number]['color']) => color;

const cellText = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text, horizontalAlignment: 'Center', wrap: true, ...extra });

/**
 * The risk matrix: consequence rows (highest on top) by likelihood columns, each cell the number of
 * risks in it, coloured by the level of its value; a cell with risks opens them. Below, the risks by
 * value; `cell` filters the list to one cell.
 */
export function matrixCard(c: OwnerContext, risks: RiskRecord[], options: { notice?: Notice; cell?: { l: number; c: number } } = {}): AdaptiveCardJson {
  const scale = c.pack.riskScale;
  const placed = risks.filter((r) => r.likelihood && r.consequence);
  const act = { owner: c.owner.key, year: c.year };
  const rows = [...scale.consequence.keys()].reverse().map((ci) => {
    const consequence = ci + 1;
    const cells = scale.likelihood.map((_, li) => {
      const likelihood = li + 1;
      const n = placed.filter((r) => r.likelihood === likelihood && r.consequence === consequence).length;
      const level = levelOf(scale, likelihood * consequence);
      return {
        type: 'TableCell',
        style: styleOf(level.color),
        items: [cellText(n ? String(n) : '·', n ? { weight: 'Bolder', size: 'Large' } : { isSubtle: true })],
        ...(n ? { selectAction: { type: 'Action.Execute', title: `${n} risker`, verb: 'risk.matrix', data: { ...act, l: likelihood, c: consequence } } } : {}),
      };
    });
    return { cells: [{ type: 'TableCell', items: [cellText(String(consequence), { size: 'Small', isSubtle: true })] }, ...cells] };
  });
  rows.push({ cells: [{ type: 'TableCell', items: [cellText('')] }, ...scale.likelihood.map((_, li) => ({ type: 'TableCell', items: [cellText(String(li + 1), { size: 'Small', isSubtle: true })] }))] });
  const listed = options.cell ? placed.filter((r) => r.likelihood === options.cell!.l && r.consequence === options.cell!.c) : risks;
  const unplaced = risks.length - placed.length;
  return renderCard('risk/matrix', {
    title: `Riskmatris: ${c.owner.name} ${c.year}`,
    subtitle: `${risks.length} ${risks.length === 1 ? 'risk' : 'risker'} i risk- och väsentlighetsanalysen.`,
    notice: options.notice,
    columns: [{ width: 1 }, ...scale.likelihood.map(() => ({ width: 2 }))],
    rows,
    legend: `${scale.levels.map((l) => `${l.name}: ${levelRange(scale, l)}`).join(' · ')}. Sannolikhet: ${scale.likelihood.map((s, i) => `${i + 1} ${s.toLowerCase()}`).join(', ')}. Konsekvens: ${scale.consequence.map((s, i) => `${i + 1} ${s.toLowerCase()}`).join(', ')}.`,
    unplaced: unplaced ? `${unplaced} ${unplaced === 1 ? 'risk har' : 'risker har'} bara ett publicerat riskvärde (sannolikhet och konsekvens är inte publicerade) och syns därför inte i matrisen.` : undefined,
    listTitle: options.cell ? `Risker med sannolikhet ${options.cell.l} och konsekvens ${options.cell.c}` : 'Risker efter riskvärde',
    risks: listed.map((r) => ({
      risk: r.risk,
      value: String(r.value ?? '–'),
      style: r.value ? styleOf(levelOf(scale, r.value).color) : 'default',
      text: `${inert(r.title)} — riskvärde ${r.value ?? '–'}${r.likelihood ? '' : ' (publicerat)'}${r.category ? ` · ${r.category}` : ''}`,
    })),
    act,
    canEdit: c.canEdit,
    newRisk: newRiskId(),
  });
}

function levelRange(scale: RiskScale, level: RiskScale['levels'][number]): string {
  const i = scale.levels.indexOf(level);
  const from = i === 0 ? 1 : scale.levels[i - 1].max + 1;
  return from === level.max ? String(from) : `${from}–${level.max}`;
}
