/** French: cues (with compound past and inverted forms), titles, roles and pronouns. */
import { cueTable, genderMap, wordSet, type LanguagePack } from './pack.ts';

// Regular -er verbs: the participle, present, simple past and imperfect forms a news text uses.
const er = (lemma: string, stance: string) => {
  const s = lemma.slice(0, -2);
  return `${lemma} ${stance} ${[s + 'é', s + 'e', s + 'a', s + 'ent', s + 'ait', s + 'aient', s + 'èrent'].join(',')}`;
};

const REGULAR = `lâcher a|déclarer a|affirmer a|ajouter a|expliquer a|assurer a|souligner a|indiquer a|préciser a
confier a|raconter a|annoncer a|insister a|avouer a|confirmer a|commenter a|noter a|observer a|relever a
constater a|dénoncer a|regretter a|déplorer a|témoigner a|plaider a|trancher a|glisser a|résumer a|lancer a
marteler a|rappeler a|répéter a|protester a|estimer h|juger a|suggérer h|supposer h|penser h|nier d
contester d|réfuter d|rejeter d|récuser d|détailler a|tweeter a|signaler a|ironiser a|certifier a|clamer a
accuser a|avancer h|insister a|mettre_en_garde a|interroger a|demander a|exiger a|réclamer a|déclarer a`;

const EXTRA = `
dire a dit,disent,disait,disaient,dirent
prévenir a prévenu,prévient,préviennent,prévint,prévenait
avertir a averti,avertit,avertissent,avertissait
reconnaître a reconnu,reconnaît,reconnait,reconnaissent,reconnut,reconnaissait
admettre a admis,admet,admettent,admit,admettait
conclure a conclu,conclut,concluent,concluait
répondre a répondu,répond,répondent,répondit,répondait
poursuivre a poursuivi,poursuit,poursuivent,poursuivit,poursuivait
promettre a promis,promet,promettent,promit,promettait
garantir a garanti,garantit,garantissent,garantissait
réagir a réagi,réagit,réagissent,réagissait
écrire a écrit,écrivent,écrivit,écrivait
croire h cru,croit,croient,crut,croyait
démentir d démenti,dément,démentent,démentit,démentait
défendre a défendu,défend,défendent,défendait
rappeler a rappelle,rappellent
rejeter d rejette,rejettent
répéter a répète,répètent
marteler a martèle,martèlent
lancer a lança
selon a selon,d'après,d’après
`;

const table = REGULAR.split(/[|\n]/)
  .filter((l) => !l.includes('_'))
  .map((l) => {
    const [lemma, stance] = l.trim().split(' ');
    return er(lemma!, stance!);
  });

const ALL = cueTable([...table, EXTRA.trim()].join('\n'));
const sources = new Map([...ALL].filter(([, w]) => w.lemma === 'selon'));
const cues = new Map([...ALL].filter(([, w]) => w.lemma !== 'selon'));

/** The French language pack. */
export const FRENCH: LanguagePack = {
  lang: 'fr',
  cues,
  auxiliaries: wordSet('a ont avait avaient aurait auraient va vont'),
  sources,
  openers: cueTable('pour a pour'),
  postSources: new Map(),
  trailerOnly: new Map(),
  complementizers: wordSet("que qu' qu’"),
  titles: genderMap('M.:m Mme:f Mlle:f MM. Mmes Me Dr. Dr Pr Prof. Mgr'),
  roles:
    genderMap(`docteur:m docteure:f professeur:m professeure:f ministre président:m présidente:f porte-parole directeur:m directrice:f maire secrétaire
    député:m députée:f sénateur:m sénatrice:f avocat:m avocate:f procureur:m procureure:f juge chef patron:m
    patronne:f responsable entraîneur:m entraîneuse:f sélectionneur:m capitaine dirigeant:m dirigeante:f
    syndicaliste économiste expert:m experte:f chercheur:m chercheuse:f médecin délégué:m déléguée:f
    commissaire préfet:m préfète:f général:m gouverneur:m conseiller:m conseillère:f chancelier:m chancelière:f
    gouvernement ministère police syndicat parquet mairie préfecture entreprise groupe société direction
    élysée matignon gendarmerie armée fédération club commission tribunal cour association parti
    organisme institut agence office autorité banque collectif comité presse:f défense métropole région département ville commune conseil musicien:m musicienne:f chanteur:m chanteuse:f`),
  organizations: wordSet(`gouvernement ministère police syndicat parquet mairie préfecture entreprise groupe
    société direction élysée matignon gendarmerie armée fédération club commission tribunal cour association
    parti organisme institut agence office autorité banque collectif comité presse défense métropole région
    département ville commune conseil`),
  roleSuffixes: [],
  determiners: wordSet("le la les l' l’ un une son sa ses leur ce cette des"),
  determinerGender: genderMap('le:m la:f'),
  pronouns: new Map([
    ['il', 'male'],
    ['elle', 'female'],
    ['lui', 'male'],
    ['ils', 'plural'],
    ['elles', 'plural'],
  ] as const),
  particles: wordSet('de du des la le d’ d'),
  notNames:
    wordSet(`le la les l un une des du de il elle ils elles on nous vous je ce cette ces son sa ses leur
    mais et ou donc or ni car si quand alors puis selon pour par avec sans dans sur sous chez après avant depuis
    pendant lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août
    septembre octobre novembre décembre c cela ça en au aux y a à interrogé interrogée face même aussi enfin
    lors parmi plus moins tout tous toute toutes d qu j n s m. mme`),
  between: wordSet("également aussi encore ainsi alors enfin pourtant n' n’ ne pas lui leur déjà d'ailleurs"),
};
