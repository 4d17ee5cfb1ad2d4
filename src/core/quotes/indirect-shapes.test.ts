import { describe, expect, it } from 'vitest';
import { confidentQuotes, extractQuotes, type Quote } from './index.ts';

const one = (text: string): Quote => {
  const quotes = extractQuotes(text);
  expect(quotes).toHaveLength(1);
  return quotes[0]!;
};

describe('reported speech in news shapes', () => {
  it('reads a titled speaker after the clause: "…, Ms. Gedrich said."', () => {
    const q = one('Several of the men were not pleased with her approach, Ms. Gedrich said.');
    expect(q.text).toBe('Several of the men were not pleased with her approach');
    expect(q.speaker.name).toBe('Gedrich');
  });

  it('keeps both halves of a clause split by its attribution', () => {
    const q = one('The club’s investment in its courts, Tanzer said, is a model for the industry.');
    expect(q.parts).toHaveLength(2);
    expect(q.text).toBe('The club’s investment in its courts … is a model for the industry');
  });

  it('keeps both halves around a mid-sentence "according to"', () => {
    const q = one('Over the long term, according to the budget office, the deficit will keep rising.');
    expect(q.text).toBe('Over the long term … the deficit will keep rising');
  });

  it('skips a party tag and a middle initial in the subject', () => {
    const a = one('Sen. Bernie Sanders (I-Vt.) said he will release his medical records.');
    expect(a.speaker.name).toBe('Bernie Sanders');
    const b = one('The director, James B. Comey, said that the messages were private.');
    expect(b.speaker.name).toBe('James B. Comey');
    expect(b.text).toBe('the messages were private');
  });

  it('takes a long subject that opens the sentence: "One in four voters in a poll said …"', () => {
    const q = one('One in four voters in a national poll last year said the border should be closed.');
    expect(q.text).toBe('the border should be closed');
    expect(q.speaker.mention).not.toBeNull();
  });
});

describe('a second verb of saying', () => {
  it('ends a report inside a leading subordinate clause at the comma that closes it', () => {
    const quotes = extractQuotes('While Reddy said that the levy would pass, he voted against it.');
    expect(quotes.find((q) => q.cue.text === 'said')?.text).toBe('the levy would pass');
    const list = extractQuotes(
      'When Marsh said the pier, the boardwalk and the harbour would close, few listened.',
    );
    expect(list.find((q) => q.cue.text === 'said')?.text).toMatch(
      /^the pier, the boardwalk and the harbour would close/,
    );
  });

  it('ends the first reported clause at "and" before it', () => {
    const text =
      'The minister forecast that the slumping economy would soon rebound and praised efforts by the envoy.';
    const q = extractQuotes(text).find((x) => x.cue.text === 'forecast');
    expect(q?.text).toBe('the slumping economy would soon rebound');
  });
});

describe('speakers far from the cue', () => {
  const reported = (text: string) => confidentQuotes(extractQuotes(text));

  it('names the appositive after a postposed cue: "…, said the company\'s chief executive, John Ferriola."', () => {
    const q = one(
      'The plant is under pressure from imports, said the company’s chief executive, John Ferriola.',
    );
    expect(q.text).toBe('The plant is under pressure from imports');
    expect(q.speaker.name).toBe('John Ferriola');
  });

  it('takes a subject that opens the clause after a conjunction: "… but opposition leaders in the old town say"', () => {
    const q = reported(
      'The levy is small, but opposition leaders in the old town say it will drive ships away.',
    )[0];
    expect(q?.text).toBe('it will drive ships away');
    expect(q?.speaker.name).toBe('opposition leaders');
  });

  it('gives a participle the subject of the sentence\'s first verb: "Mr. Obama revised his plans, saying …"', () => {
    const q = reported(
      'Mr. Obama revised his withdrawal plans in October, saying that 5,500 troops would remain.',
    )[0];
    expect(q?.text).toBe('5,500 troops would remain');
    expect(q?.speaker.name).toBe('Obama');
  });

  it('reads "told" and its addressee as the trailer: "P, a school spokesman told The Wall Street Journal."', () => {
    const q = reported(
      'He had been completing his second year, a school spokesman told The Wall Street Journal.',
    )[0];
    expect(q?.text).toBe('He had been completing his second year');
    expect(q?.speaker.name).not.toMatch(/Journal/);
  });
});

describe('subjects the phrase rules used to miss', () => {
  it('reads a capitalised pronoun or two joined names before a base form as the subject, not a noun', () => {
    expect(one('They say the levy was never needed.').speaker.mention).not.toBeNull();
    const q = one('Councillors Ruth Marsh and Tom Reddy say the levy was never needed.');
    expect(q.text).toBe('the levy was never needed');
    expect(q.speaker.name).toBe('Tom Reddy');
  });

  it('takes the noun before a relative clause as the subject: "The official, who …, said"', () => {
    const q = one(
      'The official, who spoke on condition of anonymity, said that investigators are looking at it.',
    );
    expect(q.text).toBe('investigators are looking at it');
    expect(q.speaker.name).toMatch(/official/);
  });

  it('reads no content that opens with a verb of saying of its own', () => {
    const quotes = extractQuotes('An official, who asked not to be named, said that the pier will close.');
    expect(quotes.map((q) => q.cue.text)).toEqual(['said']);
  });

  it('reads past an adverb of frequency before the cue: "He always said …"', () => {
    expect(one('Tom Reddy arrived late. He always said the plan would fail.').speaker.name).toBe('Tom Reddy');
  });

  it('keeps a capitalised role noun opening the sentence out of the name: "Councillors Tom Reddy and …"', () => {
    const quotes = extractQuotes(
      'Councillors Tom Reddy and Ana Pires were elected in 2014. Reddy said the levy would pass.',
    );
    expect(quotes.map((q) => q.speaker.name)).toEqual(['Tom Reddy']);
  });

  it('reads past a party tag with periods: "Sen. Rand Paul, R-Ky., told …", "D-N.Y., said"', () => {
    expect(one('Sen. Rand Paul, R-Ky., told Fox News that polls could be off.').speaker.name).toBe(
      'Rand Paul',
    );
    expect(one('Rep. Jim Smith, D-N.Y., said the bill would fail.').speaker.name).toBe('Jim Smith');
  });
});

describe('trailers with a possessive or a name before a base form', () => {
  it('reads past a plural possessive in the trailer: "Jeff Weaver, Sanders\' campaign manager, said"', () => {
    const q = one('"The campaign is growing," Jeff Weaver, Sanders\' campaign manager, said in a statement.');
    expect(q.speaker.name).toBe('Jeff Weaver');
  });

  it('keeps "say" a verb after a name: "Aides to Clinton say …"', () => {
    expect(one('Aides to Clinton say she is shifting her tack.').text).toBe('she is shifting her tack');
  });
});

describe('cue words that are nouns or adjectives', () => {
  it('reads a cue word after a possessive as a noun: "Editor’s note:", "Trump’s reported net worth"', () => {
    expect(extractQuotes('Editor’s note: This column first ran in the Harlow Courier in May.')).toEqual([]);
    expect(extractQuotes('It is a fraction of Reddy’s reported net worth of the firm.')).toEqual([]);
    expect(one('He’s said that the pier will close.').text).toBe('the pier will close');
  });

  it('reads "states" as a verb only with what it states', () => {
    expect(extractQuotes('Some states remained too close to call on Tuesday night.')).toEqual([]);
    expect(one('The report states that the program failed.').text).toBe('the program failed');
    expect(one('They state their goal is to expand the port.').text).toBe('their goal is to expand the port');
  });
});

describe('headlines in title case', () => {
  it('reads "X Says Y" as a report, and not a capitalised verb inside a name', () => {
    const q = one('Bernie Sanders Says He Will Release His Tax Returns.');
    expect(q.speaker.name).toBe('Bernie Sanders');
    expect(q.text).toBe('He Will Release His Tax Returns');
    expect(extractQuotes('The World Says Goodbye.')).toEqual([]);
  });

  it('reports a clause around "according to" whatever word opens it', () => {
    expect(
      confidentQuotes(extractQuotes('It quietly uses a second network, according to officials.')),
    ).toHaveLength(1);
  });
});

describe('verbs of manner that attribute a direct quote', () => {
  it('reads "fumed", "shot back" and "put it" as cues of a quote, and not of a plain clause', () => {
    expect(one('“They were never serious,” Toomey fumed on Tuesday.').speaker.name).toBe('Toomey');
    expect(one('“Let me talk,” Trump shot back.').speaker.name).toBe('Trump');
    expect(one('As Cornyn put it: “This person will not be confirmed.”').speaker.name).toBe('Cornyn');
    expect(extractQuotes('Toomey fumed on the floor of the Senate for an hour.')).toEqual([]);
  });
});

describe('a second report whose subject is left out', () => {
  it('gives "… and said that …" the speaker of the report before it', () => {
    const quotes = extractQuotes(
      'In an interview, Ms. Conway rejected the idea that the plan had failed and said that the pier would open.',
    );
    const said = quotes.find((q) => q.cue.text === 'said');
    expect(said?.text).toBe('the pier would open');
    expect(said?.speaker.name).toBe('Conway');
  });
});

describe('participles', () => {
  it('gives a participle the name that opens the sentence, whatever form its verb takes', () => {
    const q = one(
      'Carly Fiorina threw her support behind Ted Cruz on Wednesday, saying it is time for a change.',
    );
    expect(q.speaker.name).toBe('Carly Fiorina');
    expect(q.text).toBe('it is time for a change');
  });

  it('does not read a participle with a clause of its own as the trailer of the quote before it', () => {
    const quotes = extractQuotes(
      'Reddy mocked the mayor as the “king of debt,” noting that the levy had doubled.',
    );
    expect(quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('a quoted fragment inside a clause attributed after it', () => {
  it('reports the whole clause as a mixed quote', () => {
    const q = one(
      'Democrats had “put the biggest crack” yet in the glass ceiling, she said in a video message.',
    );
    expect(q.kind).toBe('mixed');
    expect(q.text).toBe('Democrats had “put the biggest crack” yet in the glass ceiling');
  });

  it('reports a quote after "that" that opens a clause going on as the mixed clause', () => {
    const q = one('Reddy swiped at the plan, saying that “bombastic comments” do more harm than good.');
    expect(q.kind).toBe('mixed');
    expect(q.text).toBe('“bombastic comments” do more harm than good');
    expect(one('Reddy said that “the plan is dead.”').kind).toBe('direct');
  });

  it('keeps a quote that stands alone before its attribution direct', () => {
    expect(one('“You learn to live upstairs,” Mr. Pilling said.').kind).toBe('direct');
    expect(one('And “you learn to live upstairs,” Mr. Pilling said.').kind).toBe('direct');
  });
});

describe('confidence of reports that are not plain saying', () => {
  const reported = (text: string) => confidentQuotes(extractQuotes(text)).map((q) => q.text);

  it('reports what a poll shows, not what a person showed or found', () => {
    expect(reported('An Ipsos poll showed Trump leading the field with 31 percent.')).toEqual([
      'Trump leading the field with 31 percent',
    ]);
    expect(reported('The council showed little interest in raising it.')).toEqual([]);
    expect(reported('Organizers found a new venue for the summer market.')).toEqual([]);
  });

  it('reports an accusation with what its target did, and a vow with its infinitive', () => {
    expect(reported('Reddy accused the council of hiding the cost.')).toEqual([
      'the council of hiding the cost',
    ]);
    expect(reported('Reddy condemned the council.')).toEqual([]);
    expect(reported('Reddy vowed to resign if the levy passed.')).toEqual(['to resign if the levy passed']);
  });

  it('reports nothing for a withheld report', () => {
    expect(reported('Caldwell declined to say whether she would run again.')).toEqual([]);
    expect(reported('The port will not yet say whether it can meet the deadline.')).toEqual([]);
    expect(reported('Only time will tell if the levy lasts through the winter.')).toEqual([]);
    expect(reported('The Latest: Reddy to give away an engraved shotgun to a supporter.')).toEqual([]);
    expect(reported('Her deputy did not say when the vote would be held.')).toEqual([]);
  });

  it('reports a clause after "said" or "according to" whose verb is not a listed form, not a short object', () => {
    expect(reported('Marsh said conservatives need to band together before the vote.')).toEqual([
      'conservatives need to band together before the vote',
    ]);
    expect(reported('Reddy trails Caldwell by four points, according to the Harlow Courier poll.')).toEqual([
      'Reddy trails Caldwell by four points',
    ]);
    expect(reported('Marsh said the same of the mayor.')).toEqual([]);
    expect(reported('Marsh said a prayer for the families.')).toEqual([]);
  });
});

describe('what the writer says of a speaker after the report', () => {
  const reported = (text: string) =>
    confidentQuotes(extractQuotes(text)).map((q) => [q.speaker.name, q.text]);

  it('ends the report before what the speaker withheld', () => {
    expect(reported('The minister said the border would reopen next week, but did not elaborate.')).toEqual([
      ['The minister', 'the border would reopen next week'],
    ]);
    expect(reported('The company said profits would rise, although it gave no figures.')).toEqual([
      ['The company', 'profits would rise'],
    ]);
    expect(reported('Police said two men were arrested, without giving their names.')).toEqual([
      ['Police', 'two men were arrested'],
    ]);
  });

  it('keeps a concession that is part of the report', () => {
    expect(reported('Ms. Cole said the plan was sound, although it needed more money.')).toEqual([
      ['Cole', 'the plan was sound, although it needed more money'],
    ]);
  });

  it('does not take "though they declined" for a speaker set after the report', () => {
    expect(
      reported(
        'Officials said the talks had gone well, though they declined to say when the next round would be held.',
      ),
    ).toEqual([['Officials', 'the talks had gone well']]);
  });
});

describe('a day named around the cue', () => {
  it('is neither the subject nor the report', () => {
    const a = one('WASHINGTON (AP) — The White House on Tuesday said it would veto the bill.');
    expect([a.speaker.name, a.text]).toEqual(['White House', 'it would veto the bill']);
    const b = one('President Joe Biden said Monday the economy was strong.');
    expect([b.speaker.name, b.text]).toEqual(['Joe Biden', 'the economy was strong']);
    expect(one('The mayor said late Friday night, the city would rebuild.').text).toBe(
      'the city would rebuild',
    );
  });
});

describe('the writer on a whole report', () => {
  it('is no part of it', () => {
    const q = one(
      "Russia's Defense Ministry said its forces had destroyed a weapons depot, a claim that could not be independently verified.",
    );
    expect(q.text).toBe('its forces had destroyed a weapons depot');
  });
});

describe('an attribution that closes the sentence', () => {
  it('ends a report inside it, which it holds', () => {
    const quotes = extractQuotes('Many people think the economy is in a recession, polls show.');
    const shown = confidentQuotes(quotes).map((q) => [q.speaker.name, q.text]);
    expect(shown).toEqual([['polls', 'Many people think the economy is in a recession']]);
    expect(quotes.find((q) => q.cue.lemma === 'think')?.text).toBe('the economy is in a recession');
  });

  it('reads "that" after an adverbial of time', () => {
    expect(one('The senator has argued for years that the tax is unfair.').text).toBe('the tax is unfair');
  });
});

describe('subjects with something between them and the cue', () => {
  const reported = (text: string) =>
    confidentQuotes(extractQuotes(text)).map((q) => [q.speaker.name, q.text] as const);

  it.each([
    [
      'Sen. Ada Quist (D-Maine), said after the vote that the bill went too far.',
      'Ada Quist',
      'the bill went too far',
    ],
    [
      'Mayor Ruiz (who has run the city since 2019 and faces voters in May) said the pier would reopen.',
      'Ruiz',
      'the pier would reopen',
    ],
    [
      'Former harbour commissioner Jack Doyle, a critic of the levy, said in an interview that it would fail.',
      'Jack Doyle',
      'it would fail',
    ],
    [
      'Helen Marsh, who’s captained the ferry for years, said the crossings were safe.',
      'Helen Marsh',
      'the crossings were safe',
    ],
    [
      'The harbour master -- who has served since 2010 -- said the north pier would reopen.',
      'The harbour master',
      'the north pier would reopen',
    ],
    [
      'Tom Reyes, a fellow at the think tank Harbour Policy, said the fares were fair.',
      'Tom Reyes',
      'the fares were fair',
    ],
  ])('%s', (text, speaker, content) => {
    expect(reported(text)).toContainEqual([speaker, content]);
  });

  it('ends the first report before a second one joined by "and"', () => {
    expect(reported('Okafor says the fares were set in haste and says she will ask for a review.')).toEqual([
      ['Okafor', 'the fares were set in haste'],
      ['Okafor', 'she will ask for a review'],
    ]);
  });
});
