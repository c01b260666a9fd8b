import { questionSentences, questionWords } from './questionText';
import { withoutSayer } from './sentences';

describe('questionSentences', () => {
  it('When a chat sentence opens in lower case after a period, then it is a sentence of its own', () => {
    expect(questionSentences('Cheferna frågar vad styrkedja betyder. hur förklarar jag det enkelt?')).toEqual(['Cheferna frågar vad styrkedja betyder.', 'hur förklarar jag det enkelt?']);
  });

  it('When an abbreviation ends in a period ("dvs.", "t.ex.", "bl.a.", "resp."), then no sentence ends there', () => {
    for (const q of ['Hur beskrivs uppdraget, dvs. vilka områden ska revisorerna granska?', 'Vilka dokument, t.ex. riktlinjer, beslutar nämnden?', 'Gäller det bl.a. bolagen?', 'När görs tertialrapporten resp. delårsrapporten?']) expect(questionSentences(q)).toEqual([q]);
  });
});

describe('questionWords', () => {
  it('When an English negation is contracted ("hasn\'t", "don’t", "won\'t", "can\'t"), then it reads as "not" after its verb', () => {
    expect(questionWords("If KS hasn't adopted any KPIs, what don’t we know? It won't and can't.")).toEqual(['if', 'ks', 'has', 'not', 'adopted', 'any', 'kpis', 'what', 'do', 'not', 'we', 'know', 'it', 'will', 'not', 'and', 'can', 'not']);
  });
});

describe('questionWords: "vilket år" and "vilket är"', () => {
  it('When "vilket år" is written, then it reads as "vilket årtal", so that "vilket är" (the same words once folded) is not a year; in a text written without å, ä and ö "vilket ar" stays a year', () => {
    expect(questionWords('Vilket år antogs visionen?').slice(0, 2)).toEqual(['vilket', 'artal']);
    expect(questionWords('Vilket är det högsta beslutande organet?').slice(0, 2)).toEqual(['vilket', 'ar']);
    expect(questionWords('vilket ar antogs visionen?').slice(0, 2)).toEqual(['vilket', 'artal']);
  });
});

describe('withoutSayer', () => {
  it('When what someone said is reported ("chefen sa att …", "my manager told me that …"), then who said it and the saying are no words of the question', () => {
    expect(withoutSayer(questionWords('chefen sa att nämnden ska göra en genomlysning'))).toEqual(questionWords('nämnden ska göra en genomlysning'));
    expect(withoutSayer(questionWords('Min förvaltningschef sa att vi ska bidra till den'))).toEqual(questionWords('vi ska bidra till den'));
    expect(withoutSayer(questionWords('my manager told me that we must report'))).toEqual(questionWords('we must report'));
  });
});
