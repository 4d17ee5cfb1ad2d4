/** Word lists used to recognise who speaks: titles, roles, groups, organisations and pronouns. */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Titles and roles written before a name and folded away from it ("President", "Sen.", "aide"). */
export const TITLES = set(`
President Vice Prime Minister Secretary Senator Sen. Rep. Representative Congressman Congresswoman Gov. Governor
Mayor Judge Justice Chief General Gen. Col. Lt. Maj. Capt. Sgt. Adm. Admiral Commander Officer Detective Sheriff
Mr. Mrs. Ms. Dr. Prof. Professor Rev. Reverend Father Pope Pastor Rabbi Imam Cardinal Bishop King Queen Prince
Princess Sir Lord Lady Dame Ambassador Chancellor Speaker Leader Chairman Chairwoman Chair CEO Director Spokesman
Spokeswoman Spokesperson Attorney Commissioner Councilman Councilwoman Councilmember Delegate Candidate Host Author
Anchor Editor Correspondent Reporter Columnist Coach Dean Superintendent Deputy Assistant Acting Former Senior
Foreign Defense Defence Interior Finance Health Press Majority Minority House Senate Democratic Republican GOP
Russian American Ukrainian Chinese British French German Israeli Iranian Syrian Turkish Mexican Canadian
U.S. US UK EU U.N. UN Kremlin White State Federal Labor Labour Conservative Liberal Independent Presidential
Executive Manager Founder Co-founder Cofounder Co-author Author Lead Senior Junior Deputy Economist Analyst Captain Inspector Treasurer Councillor Councilor
Secretary-General Officer Operating Financial Technology Investment Scientist Researcher Lawyer Counsel General
Constable Superintendent Chief Principal Headteacher Coach Midfielder Striker Defender Forward Goalkeeper Player
Novelist Writer Poet Artist Singer Actor Actress Director Producer Chef Owner Baker Farmer Fisherman Resident
`);

/** Lower-case role nouns that can head a speaker phrase or stand before a name ("aide Yuri Ushakov"). */
export const ROLE_NOUNS = set(`
councillor councilor councilman councilwoman aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson spokespeople spokesmen official
officials minister ministers secretary president leader leaders chief chairman chairwoman director head
diplomat diplomats analyst analysts expert experts critic critics source sources lawmaker lawmakers senator senators
congressman congresswoman representative representatives governor mayor candidate candidates nominee
strategist strategists pollster pollsters economist economists researcher researchers scientist scientists
lawyer lawyers attorney attorneys prosecutor prosecutors investigator investigators judge judges
officer officers police authorities commander commanders general generals soldier soldiers
witness witnesses resident residents voter voters supporter supporters opponent opponents activist activists
observer observers insider insiders person people member members staffer staffers staff employee employees
reporter reporters journalist journalists columnist editor host anchor author writer blogger commentator
executive executives ceo founder owner manager operative operatives donor donors delegate delegates
negotiator negotiators envoy ambassador ministry department agency government administration campaign
committee commission council court panel board office spokesperson team group party union organization
report reports poll polls survey surveys study studies statement document documents memo letter filing
data analysis review audit estimate figures records record complaint lawsuit indictment
order ruling verdict judgment findings research media
democrats republicans conservatives liberals progressives americans
father mother wife husband son daughter brother sister friend friends family neighbor neighbors
percent majority minority half third quarter share most many some few newspaper paper article magazine website tweet post book network station outlet company firm group
man woman men women student students teacher teachers worker workers doctor doctors
`);

/** Determiners and modifiers that may start a speaker phrase ("the", "a senior", "two", "many"). */
export const DETERMINERS = set(`
the a an this that these those his her their its our my your some many most several few two three four five six
other another both each every all one any no senior top former longtime veteran local state federal foreign
administration campaign white house military party police congressional republican democratic gop
unnamed anonymous independent outside private public new chief deputy acting
`);

/** Capitalised names of organisations and places that speak for a government or institution. */
export const ORG_WORDS = set(`
Kremlin Pentagon Vatican Congress Senate House Parliament Downing Elysee Whitehall Beijing Moscow Washington Kyiv
Kiev London Paris Berlin Tokyo Tehran Jerusalem Ankara Brussels Damascus Baghdad Pyongyang Seoul Delhi Islamabad
Russia Ukraine China America Britain France Germany Japan Iran Israel Turkey Syria Iraq Korea India Pakistan
NATO EU UN Hamas Hezbollah Taliban FBI CIA NSA DHS DOJ EPA FDA CDC IRS NASA GOP DNC RNC ISIS
Ministry Department Agency Office Council Committee Commission Court Party Campaign Administration Government
Bureau Service Institute University College Association Foundation Center Centre Inc. Corp. Co. Company Group
Network News Times Post Journal Press Tribune Herald Reuters Bloomberg CNN CBS NBC ABC MSNBC Fox Politico Axios
Army Navy Police Board Union Federation League Organization Organisation Fund Bank Reserve Treasury Cabinet
Inc Corp Ltd LLC PLC Holdings Technologies Systems Pharmaceuticals Airlines Airways Trust Unit Authority Society
Institute Partners Capital Energy Motors Labs Media Club Semiconductor Semiconductors Industries Insurance
Hospital Clinic School Academy Church Library Museum Orchestra Council Assembly Tribunal Prosecutors Democrats
Republicans Greens Liberals Conservatives Labour
`);

/** Personal pronouns that can be the subject of a reporting cue, with the gender they imply. */
export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'other'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['i', 'other'],
  ['we', 'other'],
  ['you', 'other'],
  ['it', 'other'],
]);

/** Capitalised words that start sentences but never start a name. */
export const NOT_NAMES = set(`
The A An This That These Those It Its He She They We I You His Her Their Our My Your Him Them Us But And Or So
Yet If When While Although Though Because Since After Before Then Later Still Also However Meanwhile Instead
In On At For From With By Of To As Into Over Under About Among Between During Without Within Through Despite
There Here What Who Whom Whose Which Where Why How Some Many Most Several Few Both Each Every All One No Not
Asked Speaking Following Conversely Earlier Now Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday
Friday Saturday Sunday January February March April May June July August September October November December
Last Next First Second Third Other Another Such Even Only Just Once Again Indeed Thus Hence Moreover Furthermore
Mr Mrs Ms Dr No. Nos. Vol. Fig.
`);
