import type { FormWorkflow } from '../../kernel/forms/FormWorkflow';
import { pass, type Command } from '../../kernel/turn/Command';
import { fold } from '../../shared/text';
import type { DialogueMeeting, MeetingRef } from './domain/DialogueMeeting';
import type { MeetingContext } from './domain/MeetingContext';
import { listReply } from './listReply';
import type { DialogueServices } from './services';

/** A question that merely starts with a command word ("Dialogmöten i Alingsås, när hålls de?"). */
const looksLikeQuestion = (args: string) => args.includes('?') || args.trim().split(/\s+/).length >= 3;

/** `dialogmöten` lists the person's meetings; `boka dialogmöte` opens a new booking (organisers). */
export function dialogueCommands(s: DialogueServices, booking: FormWorkflow<MeetingRef, MeetingContext, DialogueMeeting>): Command[] {
  const book = async (turn: Parameters<Command['run']>[0]) => void (await turn.reply(await booking.choose!(turn.session, {})));
  return [
    {
      name: 'dialogmöten',
      aliases: ['dialogmöte', 'dialoger', 'dialogue'],
      usage: 'dialogmöten [boka]',
      description: 'Dina kommande dialogmöten mellan politik och förvaltning, och tidigare möten med anteckningar. Organisatörer bokar här.',
      button: 'Dialogmöten',
      async run(turn) {
        const args = fold(turn.args.trim());
        if (args === 'boka' || args === 'ny') return book(turn);
        if (args && looksLikeQuestion(turn.args)) return pass;
        await turn.reply(await listReply(s, turn.session));
      },
    },
    {
      name: 'boka',
      usage: 'boka dialogmöte',
      description: 'Bokar ett dialogmöte (organets sekreterare och ordförande, förvaltningschefen och administratörer).',
      async run(turn) {
        if (!/^dialog/.test(fold(turn.args.trim()))) return pass;
        await book(turn);
      },
    },
  ];
}
