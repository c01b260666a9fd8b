import { z } from 'zod';
import { idSchema } from '../../../shared/text';
import { maxQuestionLength } from '../domain/DialogueMeeting';

/** Action data naming one meeting; carried by every dialogue card action. */
export const meetingRefSchema = z.object({ meeting: idSchema });

/** `dialogue.respond`: the participant's answer to the invitation. */
export const respondSchema = meetingRefSchema.extend({ answer: z.enum(['accepted', 'declined']) });

/** `dialogue.ask`: a question in advance (checked again for length and characters when saved). */
export const askSchema = meetingRefSchema.extend({ question: z.string().max(maxQuestionLength * 4).optional() });
