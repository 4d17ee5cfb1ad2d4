import { describe, expect, it } from 'vitest';
import { extractQuotes } from './index.ts';

describe('attribution edges in news copy', () => {
  it('reads the clause after the cue when an adverbial opens the sentence', () => {
    const quotes = extractQuotes('Hours later, the carrier said the flight was cancelled.');
    expect(quotes.map((q) => q.text)).toEqual(['the flight was cancelled']);
    expect(quotes[0]!.speaker.name).toBe('the carrier');
  });

  it('attributes nothing before the cue of a relative clause inside an appositive', () => {
    const quotes = extractQuotes(
      'Gov. Ellen Marsh of Ohio, a Republican who has refused to endorse the nominee, said the family deserved better.',
    );
    const said = quotes.find((q) => q.cue.text === 'said');
    expect(said?.text).toBe('the family deserved better');
    expect(said?.speaker.name).toBe('Ellen Marsh');
    expect(quotes.some((q) => q.text.startsWith('Gov.'))).toBe(false);
  });

  it('reports no quote for a passive "is said to"', () => {
    expect(extractQuotes('The senator, who is said to have pressed for the plank, left early.')).toEqual([]);
  });

  it('gives a second verb of saying the appositive name of the first, not nothing', () => {
    const quotes = extractQuotes(
      'The operator, Eastquay Holdings, said its offer was fair and warned that the stoppage would cost millions a day.',
    );
    expect(quotes.map((q) => [q.cue.text, q.speaker.name, q.text])).toEqual([
      ['said', 'Eastquay Holdings', 'its offer was fair'],
      ['warned', 'Eastquay Holdings', 'the stoppage would cost millions a day'],
    ]);
  });
});

describe('a body named for its field', () => {
  it('keeps "for the" inside the name, before the cue and after it', () => {
    const speakers = extractQuotes(
      'The Institute for the Study of War said Russian gains had slowed.\n\n“Cases rose,” said the Center for Disease Control.',
    ).map((q) => q.speaker.name);
    expect(speakers).toEqual(['Institute for the Study of War', 'Center for Disease Control']);
  });
});

describe('a participle set between subject and cue', () => {
  it('describes the subject before it', () => {
    const quotes = extractQuotes(
      'Officials in Brussels, speaking on condition of anonymity because they were not authorized to discuss the plans, said the package would target oil revenues.',
    );
    expect(quotes.map((q) => [q.speaker.name, q.text])).toEqual([
      ['Officials', 'the package would target oil revenues'],
    ]);
  });

  it('describes a common noun too, after a past participle', () => {
    const quotes = extractQuotes(
      'The coach, asked about the injury after the game, said the striker would miss two weeks.',
    );
    expect(quotes.map((q) => [q.speaker.name, q.text])).toEqual([
      ['The coach', 'the striker would miss two weeks'],
    ]);
  });
});

describe('a name and a role in apposition after "according to"', () => {
  const read = (text: string) => extractQuotes(text).map((q) => [q.speaker.name, q.text]);

  it('names the source by the name, and keeps the role out of the report', () => {
    expect(
      read('The strike left homes without power, according to the regional governor, Oleh Syniehubov.'),
    ).toEqual([['Oleh Syniehubov', 'The strike left homes without power']]);
    expect(
      read('The strike left homes without power, according to Oleh Syniehubov, the regional governor.'),
    ).toEqual([['Oleh Syniehubov', 'The strike left homes without power']]);
    expect(
      read('According to Oleh Syniehubov, the regional governor, the strike left homes without power.'),
    ).toEqual([['Oleh Syniehubov', 'the strike left homes without power']]);
  });
});

describe('an outlet that quotes someone as saying', () => {
  it('relays the words of the one it quotes', () => {
    const read = (text: string) => extractQuotes(text).map((q) => [q.speaker.name, q.text]);
    expect(read('The Interfax news agency quoted Peskov as saying that the talks would resume.')).toEqual([
      ['Peskov', 'the talks would resume'],
    ]);
    expect(read('State media cited officials as saying the blast was caused by a gas leak.')).toEqual([
      ['officials', 'the blast was caused by a gas leak'],
    ]);
  });
});

describe('people named in one sentence with another person’s pronoun', () => {
  it('does not take a possessive before the name for that person’s gender', () => {
    const text =
      'Ms. Rivera says she is afraid to walk at night. The company expects growth, its chief financial officer, Kevan Parekh, said.\n\nHer neighbor, Luis Ortega, disagrees. He says crime is down.';
    const crime = extractQuotes(text).find((q) => q.text === 'crime is down');
    expect(crime?.speaker.name).toBe('Luis Ortega');
  });

  it('keeps a Dutch particle inside a name', () => {
    const q = extractQuotes('Manchester United manager Erik ten Hag said his side deserved more.')[0];
    expect(q?.speaker.name).toBe('Erik ten Hag');
  });
});

describe('an aside between the subject and its cue', () => {
  const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker.name);

  it('never gives the speaker from a name inside the aside', () => {
    expect(speakers('Health officials in Gaza, which is run by Hamas, said 40 people were killed.')).toEqual([
      'Health officials',
    ]);
    expect(
      speakers('The mayor, in an interview with The New York Times, said the city was "not prepared."'),
    ).toEqual(['The mayor']);
    expect(
      speakers('The statement, which was posted on the ministry’s website, said the strikes were "precise."'),
    ).toEqual(['The statement']);
  });

  it('passes over an age to the name', () => {
    expect(
      speakers('George Pilling, 74, whose house flooded in 2015, said he kept his furniture on bricks.'),
    ).toEqual(['George Pilling']);
  });
});

describe('a role held by someone named in the possessive', () => {
  it('keeps the owner in the speaker', () => {
    const speakers = extractQuotes(
      "Gov. Ron DeSantis's office said the state would appeal. Grassley's spokesman said the senator would review it.",
    ).map((q) => q.speaker.name);
    expect(speakers).toEqual(["Gov. Ron DeSantis's office", "Grassley's spokesman"]);
  });
});

describe('a column', () => {
  const text =
    'Why the bridge vote matters\n\nBy Anna Kowalski\n\nMy neighbor told me she would vote no. “It’s our money,” she said.\n\nAs my grandfather used to say, “Never buy a bridge you can’t see.”';

  it('never gives "she said" to the writer named in the byline', () => {
    const q = extractQuotes(text).find((x) => x.text.startsWith('It’s our money'));
    expect(q?.speaker.name).not.toBe('Anna Kowalski');
  });

  it('reads a habit of saying after its subject', () => {
    const q = extractQuotes(text).find((x) => x.text.startsWith('Never buy'));
    expect(q?.speaker.name).toBe('my grandfather');
  });
});
