import { z } from 'zod';
import { defineCardAction, done } from '../../kernel/turn/CardAction';
import type { CommandRouter } from './CommandRouter';

/** `Action.Execute` verb "run": a menu button that runs a text command; the card stays as it is. */
export function runAction(router: CommandRouter) {
  return defineCardAction({
    verb: 'run',
    schema: z.object({ command: z.string().min(1).max(200) }),
    async handle(turn, data) {
      await router.route(turn, data.command);
      return done('OK');
    },
  });
}
