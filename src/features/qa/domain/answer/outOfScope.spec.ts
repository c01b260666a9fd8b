import { saysOutOfScope } from './outOfScope';

describe('saysOutOfScope', () => {
  it('reads a sentence in which the model says what it does not govern', () => {
    expect(saysOutOfScope('Myndighetsnämnden, valnämnden, revisorerna … regleras inte av detta styrdokument.')).toBe(true);
    expect(saysOutOfScope('Myndighetsnämnden regleras inte av styrmodellen; dokumentet avser endast …')).toBe(true);
    expect(saysOutOfScope('Myndighetsnämnden, valnämnden … regleras inte av den.')).toBe(true);
  });

  it('does not read one that leaves something out of another thing', () => {
    expect(saysOutOfScope('Delägda bolag omfattas inte av den nya lagen om ägarstyrning.')).toBe(false);
    expect(saysOutOfScope('Nämnderna regleras av detta styrdokument.')).toBe(false);
  });
});
