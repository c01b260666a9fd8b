import { validateForm, type FieldProblem, type FormValidation, type Intent, type RawAnswers } from '../../../kernel/forms/validateForm';
import { formatNumber } from '../../../shared/numbers';
import { computeDeviation } from './deviation';
import type { Answers, Deviation } from './FollowupReport';
import { allFields, type FormDefinition } from './formDefinition';

export type { Intent, RawAnswers };

const numberOf = (a: Answers, key: string) => (typeof a[key] === 'number' ? (a[key] as number) : undefined);

/** The budget deviation of a report's answers (budget minus forecast), null until both are given. */
export const reportDeviation = (def: FormDefinition, answers: Answers): Deviation | null =>
  computeDeviation(numberOf(answers, def.economy.budget.key), numberOf(answers, def.economy.forecast.key), def.thresholdPercent);

/** What submitting requires beyond each field's own check: comments on goals not fully met, and an explained deviation. */
function requirements(def: FormDefinition) {
  return (a: Answers): FieldProblem[] => {
    const problems: FieldProblem[] = [];
    const fullyMet = def.assessments[0];
    for (const g of def.goals) {
      const assessment = a[g.assessment.key];
      if (assessment !== undefined && assessment !== fullyMet && a[g.comment.key] === undefined) {
        problems.push([g.comment.key, `Kommentera bedömningen – det krävs när målet inte bedöms som ${fullyMet}.`]);
      }
    }
    const deviation = reportDeviation(def, a);
    if (deviation?.exceedsThreshold && a[def.economy.explanation.key] === undefined) {
      const size = deviation.percent === null ? 'budgeten är 0' : `den är ${formatNumber(Math.abs(deviation.percent))} %`;
      problems.push([def.economy.explanation.key, `Förklara avvikelsen – ${size} och gränsen är ${formatNumber(def.thresholdPercent)} %.`]);
    }
    return problems;
  };
}

/**
 * Checks every field of a unit's report (so the card shows every error at once), and on submit adds what
 * is required: assessments and economy (each field's `required`), comments and an explained deviation.
 */
export function validateReport(def: FormDefinition, raw: RawAnswers, intent: Intent): FormValidation & { deviation: Deviation | null } {
  const result = validateForm(allFields(def), raw, intent, requirements(def));
  return { ...result, deviation: reportDeviation(def, result.answers) };
}
