/** Common first names with their usual gender, so "he"/"she" can skip incompatible names. */
const MALE = `Donald Vladimir Joe Joseph Barack Bernie Ted Marco Jeb John James Robert Michael William David Richard
Thomas Charles Christopher Daniel Matthew Anthony Mark Paul Steven Steve Andrew Kenneth Kevin Brian George Edward
Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin
Frank Gregory Raymond Samuel Patrick Alexander Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary
Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence
Jesse Dylan Bryan Bruce Jordan Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell
Elijah Louis Bobby Philip Johnny Mike Mitch Rand Chris Ben Newt Rudy Rick Mitt Lindsey Bill Dick Al Rahm Reince
Yuri Dmitry Sergei Sergey Volodymyr Xi Emmanuel Boris Recep Benjamin Narendra Kim Olaf Justin Pedro Luiz Tony
Gordon Nigel Jean Pierre Francois Angelo Ali Mohammed Muhammad Ahmed Hassan Omar Abdullah Ivan Mikhail Alexei
Viktor Andrzej Jens Antonio Keir Rishi Jim Tom Tim Bob Dan Don Ron Ken Hank Pete Nick Greg Jon Josh`;
const FEMALE = `Hillary Elizabeth Nancy Sarah Mary Patricia Jennifer Linda Barbara Susan Jessica Karen Lisa Betty
Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura
Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel
Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan
Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice
Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie
Brittany Charlotte Marie Kayla Alexis Lori Carly Kamala Elise Nikki Condoleezza Madeleine Ivanka Melania Michele
Kellyanne Huma Debbie Dianne Kirsten Tammy Maxine Ilhan Alexandria Ursula Angela Theresa Giorgia Marine Jacinda
Liz Kate Jane Sue Meg Tulsi Claire Valerie Loretta Janet Gina Samantha Susana Sonia Ruth Betsy Elaine Sheryl`;

/** First name → gender, for names common in English-language news. */
export const FIRST_NAME_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...FEMALE.split(/\s+/).map((n): [string, 'female'] => [n, 'female']),
  ...MALE.split(/\s+/).map((n): [string, 'male'] => [n, 'male']),
]);
