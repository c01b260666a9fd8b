import { formatDateTime } from '../../shared/swedishTime';

/** The polite Swedish refusals of dialogue meetings; one place so every verb says the same. */
export const refusals = {
  unknownPerson: (kommunName: string) =>
    `Jag hittar dig inte i ${kommunName}s organisation, så jag kan inte visa dialogmöten. Be en administratör lägga till dig.`,
  noOrg: 'Kommunens organisation är inte inläst ännu. Be en administratör läsa in organisationsfilen.',
  noTypes: (kommunName: string) => `${kommunName}s styrmodell har inga dialogmöten inlagda ännu, så det finns inget att boka.`,
  noSuchMeeting: 'Jag hittar inte det dialogmötet. Det kan ha tagits bort.',
  notYours: 'Du har tyvärr inte tillgång till det dialogmötet. Bara deltagarna och de som organiserar mötet kan se det.',
  cannotBook: 'Dialogmöten bokas och dokumenteras av organets sekreterare och ordförande, förvaltningschefen och administratörer.',
  cannotChange: 'Du kan tyvärr inte ändra det här dialogmötet. Det kan organets sekreterare och ordförande, förvaltningschefen och administratörer.',
  started: 'Mötet har redan börjat, så bokningen kan inte ändras längre. Dokumentera mötet i stället.',
  notStarted: (start: string) => `Mötet kan dokumenteras när det har börjat (${formatDateTime(start)}).`,
  notBooked: 'Mötet är inte bokat ännu, så det kan inte dokumenteras.',
  cancelled: 'Mötet är inställt.',
  notParticipant: 'Du står inte som deltagare i det här mötet, så du kan inte svara på inbjudan eller skicka frågor.',
} as const;
