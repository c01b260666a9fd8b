/**
 * Common Swedish words that build governance compounds ("femårsperiod", "kontrollmoment"), known to the
 * compound splitter even when a pack never uses them on their own. Folded (no diacritics).
 */
export const lexicon = (
  'period tid ar manad vecka dag datum plan mal budget rapport prognos process kontroll intern risk analys ' +
  'dokument styrning styr modell beslut namnd styrelse fullmaktige kommun forvaltning bolag enhet chef ' +
  'uppfoljning dialog moment aktivitet uppdrag ram resurs investering ekonomi ekonomisk verksamhet kvalitet ' +
  'faktor nyckeltal indikator policy riktlinje rutin regel program strategi vision direktiv ordning reglemente ' +
  'berattelse redovisning bokslut utskott presidium revision revisor ledning grupp politik politiker mandat ' +
  'personal medarbetare arbete miljo halsa utveckling hallbarhet omvarld nulage forutsattning sammantrade'
).split(' ');
