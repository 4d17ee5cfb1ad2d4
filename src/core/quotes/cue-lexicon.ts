import type { Stance } from './types.ts';
import { ownValue } from '../text/own-value.ts';

/**
 * How a reporting cue takes its content: `b` a bare or that-clause ("said (that) …"), `t` an addressee then a
 * clause ("told reporters (that) …"), `o` an object noun phrase ("criticized the plan"), `q` only a direct quote
 * or that-clause ("laughed: …", "added that …").
 */
export type CueFrame = 'b' | 't' | 'o' | 'q';

/** One reporting verb or phrase: its lemma, stance and frame. */
export interface CueEntry {
  lemma: string;
  /** True for a past-tense or past-participle form ("said", "argued"), which is rarely a noun. */
  past?: boolean;
  stance: Stance;
  frame: CueFrame;
}

// lemma | stance (a assert, d deny, h hedge) | frame | irregular forms "past,3sg,ing" when not regular.
// Phrasal cues write the particle after a space: "point out".
const TABLE = `
say a b said,says,saying
tell a t told,tells,telling
state a b
note a b
add a b added,adds,adding
explain a b
announce a b
declare a b
claim a b
assert a b
insist a b
argue a b argued,argues,arguing
contend a b
maintain a q
mention a b
report a b
write a b wrote,writes,writing
tweet a b
post a q
reply a b
respond a q
answer a q
recall a b
remark a b
comment a q
observe a b
emphasize a b
emphasise a b
stress a b
highlight a q
underline a b
underscore a b
point out a b
indicate a b
confirm a b
acknowledge a b
admit a b admitted,admits,admitting
concede a b
reveal a b
disclose a b
affirm a b
reaffirm a b
reiterate a b
repeat a b
testify a b testified,testifies,testifying
swear a b swore,swears,swearing
vow a b
pledge a b
promise a b
guarantee a b
assure a t
reassure a t
inform a t
remind a t
warn a t
caution a t
advise a q
alert a t
brief a t
notify a t notified,notifies,notifying
convince a t
persuade a t
urge a t
ask a t
demand a b
call for a o
call on a t
call a o called,calls,calling
describe a o
characterize a o
label a o
brand a o
dub a o dubbed,dubs,dubbing
criticize a o
criticise a o
slam a o slammed,slams,slamming
blast a o
attack a o
condemn a o
denounce a o
decry a o decried,decries,decrying
lambaste a o
chide a o
rebuke a o
mock a o
ridicule a o
accuse a o
charge a b
allege a b
blame a o
praise a o
laud a o
hail a o
appraise a o
laud a o
commend a o
thank a o
endorse a o
support a o
defend a o
champion a o
tout a o
propose a b
suggest h b
recommend a b
predict a b
forecast a b forecast,forecasts,forecasting
project a b
estimate h b
calculate h b
conclude a b
find a b found,finds,finding
show a b showed,shows,showing
demonstrate a b
prove a b
determine a b
establish a q
rule a b
order a b
announce a b
proclaim a b
boast a b
brag a b bragged,brags,bragging
joke a b
quip a b quipped,quips,quipping
laugh a q
shout a q
yell a q
scream a q
exclaim a q
cry a q cried,cries,crying
whisper a q
mutter a q
sigh a q
chant a q
sing a q sang,sings,singing
tell a t told,tells,telling
continue a q
begin a q began,begins,beginning
conclude a b
summarize a b
describe a o
cite a o
quote a o
recount a b
relate a b
narrate a b
confide a b
lament a b
complain a b
grumble a b
protest a b
object a b
concur a b concurred,concurs,concurring
agree a b agreed,agrees,agreeing
believe h b
think h b thought,thinks,thinking
feel h q felt,feels,feeling
expect h b
hope h b
fear h b
worry h b worried,worries,worrying
suspect h b
guess h b
reckon h b
figure h b
imagine h b
assume h b
presume h b
speculate h b
wonder h b
doubt h b
question h o
hint h b
imply h b implied,implies,implying
signal h b signaled,signals,signaling
insinuate h b
posit h b
hypothesize h b
theorize h b
surmise h b
understand h b understood,understands,understanding
know a b knew,knows,knowing
realize a b
recognize a b
learn a b
hear a b heard,hears,hearing
see a b saw,sees,seeing
seem h b
appear h b
deny d b denied,denies,denying
dispute d b
reject d o
dismiss d o
refute d b
rebut d b rebutted,rebuts,rebutting
contradict d b
disagree d b disagreed,disagrees,disagreeing
counter d b
challenge d b
oppose d o
refuse d b
decline d b
disavow d b
retract d b
recant d b
discount d b
downplay d b
scoff d q
deride d o
insist a b
clarify a b clarified,clarifies,clarifying
specify a b specified,specifies,specifying
detail a b
outline a b
elaborate a b
discuss a o
talk about a o
speak of a o spoke,speaks,speaking
speak about a o spoke,speaks,speaking
address a o
express a o
voice a o
convey a b
communicate a b
relay a b
pass on a b
reply a b replied,replies,replying
retort a q
counter a b
rejoin a q
interject a q
add on a b
go on a q went,goes,going
tell of a o told,tells,telling
want h b
plan h b planned,plans,planning
intend h b
seek a b sought,seeks,seeking
threaten a b
bet h q bet,bets,betting
maintain a q
preach a b
lecture a b
remind a t
concede a b
allow a b
acknowledge a b
confess a b
apologize a b
ask about a o
inquire a b
wonder aloud h b
testify a b testified,testifies,testifying
certify a b certified,certifies,certifying
attest a b
verify a b verified,verifies,verifying
corroborate a b
refer to a o referred,refers,referring
offer a o
echo a o echoed,echoes,echoing
request a o
welcome a o
encourage a t
instruct a b
sum up a q summed,sums,summing
email a b
e-mail a b
text a b
favor a o
prefer h b preferred,prefers,preferring
consider h b
view h o
beam a q
fume a q
muse a q
gloat a q
snap a q snapped,snaps,snapping
marvel a q marveled,marvels,marveling
gush a q
sneer a q
crow a q
thunder a q
roar a q
bellow a q
plead a q
implore a q
chime in a q
pipe up a q
interrupt a q
shoot back a q shot,shoots,shooting
fire back a q
hit back a q hit,hits,hitting
put it a q put,puts,putting
`;

// Multiword cues that are not "verb particle".
const PHRASES: [string, Stance, CueFrame][] = [
  ['according to', 'assert', 'b'],
  ['in the words of', 'assert', 'b'],
  ['is quoted as saying', 'assert', 'b'],
  ['was quoted as saying', 'assert', 'b'],
  ['made clear', 'assert', 'b'],
  ['made it clear', 'assert', 'b'],
  ['went on to say', 'assert', 'b'],
  ['took issue with', 'deny', 'o'],
];

function inflect(lemma: string): [string, string, string] {
  const last = lemma.charAt(lemma.length - 1);
  const beforeLast = lemma.charAt(lemma.length - 2);
  if (last === 'e') return [lemma + 'd', lemma + 's', lemma.slice(0, -1) + 'ing'];
  if (last === 'y' && !'aeiou'.includes(beforeLast)) {
    const stem = lemma.slice(0, -1);
    return [stem + 'ied', stem + 'ies', lemma + 'ing'];
  }
  if (/(s|sh|ch|x|z)$/.test(lemma)) return [lemma + 'ed', lemma + 'es', lemma + 'ing'];
  return [lemma + 'ed', lemma + 's', lemma + 'ing'];
}

const STANCES: Record<string, Stance> = { a: 'assert', d: 'deny', h: 'hedge' };

/** Every cue: a space-joined lower-case surface form mapped to its entry. */
export const CUE_FORMS: ReadonlyMap<string, CueEntry> = (() => {
  const forms = new Map<string, CueEntry>();
  for (const line of TABLE.split('\n')) {
    const fields = line.trim().split(' ');
    if (fields.length < 3) continue;
    // Phrasal verbs have a particle between the lemma and the stance letter.
    const stanceAt = fields.findIndex((f, i) => i > 0 && f.length === 1);
    const lemmaWords = fields.slice(0, stanceAt);
    const verb = lemmaWords[0]!;
    const particle = lemmaWords.slice(1).join(' ');
    const entry: CueEntry = {
      lemma: lemmaWords.join(' '),
      stance: ownValue(STANCES, fields[stanceAt] ?? '') ?? 'assert',
      frame: fields[stanceAt + 1] as CueFrame,
    };
    const irregular = fields[stanceAt + 2]?.split(',');
    const [past, third, ing] = irregular && irregular.length === 3 ? irregular : inflect(verb);
    for (const form of [verb, past, third, ing]) {
      const key = particle ? `${form} ${particle}` : form!;
      if (!forms.has(key)) forms.set(key, form === past ? { ...entry, past: true } : entry);
    }
  }
  for (const [phrase, stance, frame] of PHRASES) forms.set(phrase, { lemma: phrase, stance, frame });
  return forms;
})();

/** Number of distinct cue lemmas in the lexicon. */
export const CUE_LEMMA_COUNT = new Set([...CUE_FORMS.values()].map((e) => e.lemma)).size;

/** Longest cue in words, so matching looks ahead a bounded number of tokens. */
export const MAX_CUE_WORDS = Math.max(...[...CUE_FORMS.keys()].map((k) => k.split(' ').length));
