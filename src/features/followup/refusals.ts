/** The polite Swedish refusals of the follow-up; one place so every verb says the same. */
export const refusals = {
  unknownPerson: (kommunName: string) =>
    `Jag hittar dig inte i ${kommunName}s organisation, så jag kan inte visa uppföljningen. Be en administratör lägga till dig.`,
  cannotEdit: (unitName: string) =>
    `Du kan tyvärr inte ändra uppföljningen för ${unitName}. Det kan bara enhetens chef, chefens ersättare och administratörer.`,
  cannotView: (unitName: string) => `Du har tyvärr inte behörighet att se uppföljningen för ${unitName}.`,
  cannotSeeStatus: 'Statusöversikten och exporten är till för sekreterare, förvaltningschefer, nämndens ledamöter och administratörer.',
  cannotRemind: 'Påminnelser kan skickas av administratörer, sekreterare och förvaltningschefer.',
  notLeader: 'Du är inte chef för någon enhet i organisationen, så det finns ingen uppföljning för dig att fylla i.',
  noSuchUnit: 'Jag hittar inte den enheten i organisationen. Den kan ha tagits bort eller bytt namn.',
  noSuchPeriod: 'Den uppföljningsperioden finns inte i kommunens styrmodell.',
  noOrg: 'Kommunens organisation är inte inläst ännu. Be en administratör läsa in organisationsfilen.',
} as const;
