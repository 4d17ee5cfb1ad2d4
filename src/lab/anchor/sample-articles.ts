/**
 * Invented news-style articles used to exercise re-anchoring (accuracy test and benchmark) when no fixture
 * articles are at hand. Every name and event here is fictional.
 */

const harbourBridge = `Council approves harbour bridge after a decade of delays

The city council voted eight to three on Tuesday night to approve a new pedestrian and cycle bridge across the old harbour, ending a dispute that has outlasted two mayors and three transport plans.

"This is the day the east side stops being an afterthought," said councillor Amara Osei, who has campaigned for the crossing since 2015. She told reporters outside the chamber that residents of the Dockside estate had waited long enough for a direct route into the centre.

The bridge, estimated to cost 41 million pounds, will link the Dockside estate with the rail station in a single span of about 180 metres. Construction is expected to begin next spring and to take two years, according to the council's infrastructure office.

Opponents argued that the money would be better spent on bus routes. Councillor Peter Lindqvist said the plan relied on optimistic forecasts of cycle use and warned that the final bill could rise by a third. "We have seen this film before, and it does not end on budget," he said.

The harbour authority, which owns part of the quay, said in a statement that it had not yet agreed to the route and would review the engineering drawings before giving its consent. A spokesperson declined to say when that review would finish.

Local businesses were divided. The owner of a cafe near the station said more foot traffic would help after a difficult winter, while a boatyard on the east quay said the bridge's height could block taller masts from reaching its moorings.

The council said the design includes an opening section for sailing boats, but did not say how often it would open. Officials expect about 9,000 crossings a day once the bridge is finished, most of them commuters walking to the station.

Mayor Helen Brandt called the vote a compromise that answered most of the objections raised at last year's public inquiry. She said the council would publish the full business case within a month and invited residents to comment on the lighting and landscaping plans.

The project still needs approval from the regional transport board, which meets in June. A board member said privately that funding was likely but that the timetable was ambitious.`;

const droughtFarms = `Farmers warn of smaller harvest as dry spring stretches into summer

Growers across the southern plains said on Monday that a third month without meaningful rain had already cut their expected wheat yields, and that some fields would not be harvested at all.

"We planted in good faith, and now we are watching the crop burn off in the sun," said Tomas Varga, who farms about 400 hectares near the river valley. He said his barley looked better than his wheat but that both would come in well below last year's figures.

The national weather service said rainfall since March had been less than half of the long-term average in most of the region, and it forecast no significant change for at least two weeks. Reservoir levels stood at 38 percent of capacity, the lowest for the time of year since records began.

The agriculture ministry said it was monitoring the situation closely and would decide by the end of the month whether to declare a drought emergency, which would release low-interest loans and allow farmers to delay tax payments. A ministry official said the government had set aside funds for that purpose in the spring budget.

Farmers' unions said the response was too slow. The head of the growers' federation, Ilse Maurer, told a news conference that many members could not wait another month for a decision. "Every week of delay means another family selling equipment to pay the bank," she said.

Economists were more cautious about the national picture. A researcher at the state university said that higher yields in the wetter north could make up much of the shortfall, and that bread prices were more sensitive to energy costs than to a single poor harvest.

Water restrictions have already begun in several towns. Residents of three municipalities have been told not to water gardens or wash cars, and the regional water company said it would fine repeat offenders. A company spokesman said leaks in old pipes accounted for about a fifth of the water lost each year.

Environmental groups said the dry spell fitted a pattern of hotter and drier springs in the region. They urged the government to fund water storage and drip irrigation rather than emergency loans alone.

The ministry said it would meet farmers' representatives again next Thursday.`;

const transitStrike = `Transit workers set strike date as pay talks collapse

Bus and tram drivers in the capital will walk out for 48 hours from the first Monday of next month, their union announced on Friday, after talks with the city's transport operator broke down over pay and rest breaks.

The union said its members had voted by a large majority to strike, with 81 percent of those voting in favour on a turnout of 67 percent. "Our members did not want this, but the operator left them no choice," said union secretary Daniel Kovac.

The operator said it had offered a rise of 4.5 percent this year and a further 3 percent next year, which it called fair and affordable. In a statement, it said the union had rejected the offer without putting it to members and urged the union's leaders to return to the table.

Kovac disputed that account. He said the offer had been presented on the condition that drivers accept longer shifts, and that the union could not recommend a deal that would leave drivers at the wheel for up to ten hours without a proper break.

Commuters reacted with frustration. A nurse waiting at the central tram stop said she would have to leave home two hours early to reach her hospital shift. "I support the drivers, but I cannot afford to lose a day's pay either," she said.

The city's deputy mayor, Lena Fischer, said the administration would not intervene in the dispute but would keep night buses and routes to hospitals running if possible. She said she expected both sides to reach an agreement before the strike began.

Business groups warned that a two-day stoppage would cost shops and restaurants in the centre millions in lost trade. The chamber of commerce said footfall had only just recovered to its level before the last strike, three years ago.

The union said further strike dates could follow if no agreement was reached. The operator said it remained open to talks at any time.`;

const libraryClosures = `Library closures spark protest as county looks to save money

About two hundred people gathered outside the county hall on Saturday to protest against plans to close six of the county's twenty-two public libraries, a proposal officials say would save 2.3 million a year.

"A library is the only warm room in some villages where nobody asks you to buy anything," said retired teacher Margaret Ellery, who organised the protest. She handed council staff a petition she said carried more than 14,000 signatures.

The county's finance chief, Robert Nyland, said the council faced a gap of 19 million in next year's budget and that every department had been asked to find savings. He told the council's scrutiny committee last week that the libraries chosen had the fewest visitors and the highest running costs per loan.

Campaigners questioned those figures. They said visitor numbers had been counted during a period when three of the six branches had reduced opening hours because of staff shortages, which they argued made the branches look less used than they were.

The council said it would consider handing some of the buildings to community groups, which could run them with volunteers and a small grant. Two parish councils have already expressed interest, according to a council report published on Thursday.

Librarians' representatives warned that volunteer-run branches often struggled after the first few years. A union official said professional staff did far more than lend books, including helping older residents apply for benefits online and running reading groups for children.

Opposition councillors called for the decision to be delayed until after a full public consultation. The council leader, Sandra Oduya, said a twelve-week consultation would open next month and that no branch would close before the end of the year.

Residents can respond to the consultation online or at any library. The council will make its final decision in the autumn.`;

/** Invented articles of plain text, paragraphs separated by blank lines. */
export const SAMPLE_ARTICLES: readonly string[] = [
  harbourBridge,
  droughtFarms,
  transitStrike,
  libraryClosures,
];
