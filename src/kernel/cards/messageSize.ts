/**
 * Teams' size limit for a bot message, as Microsoft documents it ("Format your bot messages",
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages): about
 * 100 KB for the whole message encoded as UTF-16, "ensure that the size of the message itself is within
 * 80 KB"; above it the send fails with 413 MessageSizeTooBig. (Older versions of the page said 40 KB.)
 */
export const teamsMessageLimit = { bytes: 100 * 1024, recommendedBytes: 80 * 1024 } as const;

/** A card's size as Teams counts it: its JSON in UTF-16 (two bytes per character, åäö included). */
export const messageBytes = (card: object): number => Buffer.byteLength(JSON.stringify(card), 'utf16le');
