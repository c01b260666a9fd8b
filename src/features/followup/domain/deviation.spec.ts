import { computeDeviation, describeDeviation } from './deviation';

describe('Budget deviation', () => {
  it('When the forecast is below budget, then it is a positive surplus in tkr and percent of budget', () => {
    expect(computeDeviation(12_000, 11_700, 2)).toEqual({ amount: 300, percent: 2.5, exceedsThreshold: true });
    expect(describeDeviation({ amount: 300, percent: 2.5, exceedsThreshold: true })).toBe('+300 tkr (+2,5 %), överskott');
  });

  it('When the forecast is above budget, then it is a negative deficit', () => {
    expect(computeDeviation(12_000, 12_120, 2)).toEqual({ amount: -120, percent: -1, exceedsThreshold: false });
    expect(describeDeviation({ amount: -1250.5, percent: -4.2, exceedsThreshold: true })).toBe('−1\u00a0250,5 tkr (−4,2 %), underskott');
  });

  it('When the deviation is exactly at the threshold, then no explanation is needed; just past it, one is', () => {
    expect(computeDeviation(1000, 980, 2)?.exceedsThreshold).toBe(false);
    expect(computeDeviation(1000, 979.9, 2)?.exceedsThreshold).toBe(true);
  });

  it('When the budget is zero, then the percent is unknown and any deviation needs an explanation', () => {
    expect(computeDeviation(0, 50, 2)).toEqual({ amount: -50, percent: null, exceedsThreshold: true });
    expect(computeDeviation(0, 0, 2)).toEqual({ amount: 0, percent: null, exceedsThreshold: false });
  });

  it('When budget or forecast is missing, then there is no deviation yet', () => {
    expect(computeDeviation(undefined, 10, 2)).toBeNull();
    expect(computeDeviation(10, undefined, 2)).toBeNull();
  });
});
