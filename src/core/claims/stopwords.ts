/** Function words that carry no content: skipped as terms (negations and hedges are read before this). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here hers
herself him himself his how i if in into is it its itself just me more most my myself nor of off on once only or
other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
there these they this those through to too under until up very was we were what when where which while who whom why
will with would you your yours yourself yourselves s t don didn doesn isn wasn weren hasn haven hadn wouldn
couldn shouldn ll ve re d m o y ain said says say saying told tells tell according stated states noted added asked
per via us although though however whereas yet because since even still also mr mrs ms dr just now new one's it's that's there's he's she's i'm we're they're according week's`.split(
    /\s+/,
  ),
);

/** Titles and honorifics folded away from names ("President Donald Trump" → "donald trump"). */
export const TITLES: ReadonlySet<string> = new Set(
  `president vice prime minister secretary senator sen rep representative gov governor mayor judge justice chancellor
king queen prince princess pope sir dame lord lady mr mrs ms miss dr doctor prof professor gen general col colonel
capt captain lt sgt officer chief spokesman spokeswoman spokesperson aide adviser advisor director ceo chairman
chairwoman chair ambassador commissioner deputy foreign defense defence interior finance state former acting
saint st rev reverend bishop cardinal sheikh`.split(/\s+/),
);
