import { randomBytes } from 'node:crypto';

/** A new meeting's id, made when its booking form is shown: "m-" and 72 random bits (never guessed, never a clash). */
export const newMeetingId = (): string => `m-${randomBytes(9).toString('base64url')}`;
