import type { CardAction } from '../../CardActionRouter';
import { editAction, openAction, refreshAction } from './reportActions';
import { saveAction } from './saveActions';
import { exportAction, remindAction, statusAction } from './statusActions';

export { followupCommands } from './followupCommands';
export { deadlineCommand } from './deadlineCommand';

/** Every `followup.*` card verb; each parses its data with zod and checks the user's role itself. */
export const followupActions: CardAction[] = [
  openAction,
  editAction,
  refreshAction,
  saveAction('followup.save', 'save'),
  saveAction('followup.submit', 'submit'),
  statusAction,
  remindAction,
  exportAction,
];
