/** Spanish: cues (simple and compound past), titles, roles and pronouns. */
import { cueTable, genderMap, wordSet, type LanguagePack } from './pack.ts';

// Regular -ar verbs: preterite, present, participle, imperfect and their plurals.
const ar = (line: string) => {
  const [lemma, stance] = line.trim().split(' ');
  const s = lemma!.slice(0, -2);
  const forms = [s + 'ó', s + 'a', s + 'ado', s + 'aba', s + 'aron', s + 'an', s + 'aban'];
  return `${lemma} ${stance} ${forms.join(',')}`;
};

const REGULAR = `proclamar a|celebrar a|lamentar a|confesar a|explicar a|afirmar a|declarar a|señalar a|explicar a|asegurar a|indicar a|subrayar a|destacar a|apuntar a
precisar a|manifestar a|comentar a|anunciar a|admitir a|insistir a|confirmar a|relatar a|aseverar a
enfatizar a|remarcar a|zanjar a|denunciar a|lamentar a|criticar a|reiterar a|recalcar a|alertar a
agregar a|añadir a|matizar a|puntualizar a|resaltar a|estimar h|calcular h|opinar h|considerar h|negar d
rechazar d|refutar d|acusar a|reclamar a|exigir a|preguntar a|tuitear a|detallar a|avisar a|defender a`;

const EXTRA = `
decir a dijo,dice,dicho,decía,dijeron,dicen,decían
añadir a añadió,añade,añadido,añadía,añadieron
admitir a admitió,admite,admitido,admitía,admitieron
insistir a insistió,insiste,insistido,insistía,insistieron
exigir a exigió,exige,exigido,exigía
sostener a sostuvo,sostiene,sostenido,sostenía,sostuvieron
advertir a advirtió,advierte,advertido,advertía,advirtieron
reconocer a reconoció,reconoce,reconocido,reconocía,reconocieron
recordar a recordó,recuerda,recordado,recordaba,recordaron
responder a respondió,responde,respondido,respondía,respondieron
concluir a concluyó,concluye,concluido,concluía
prometer a prometió,promete,prometido,prometía
escribir a escribió,escribe,escrito,escribía
contar a contó,cuenta,contado,contaba
defender a defendió,defiende,defendido,defendía
negar d negó,niega,negado,negaba,negaron,niegan
desmentir d desmintió,desmiente,desmentido,desmentía
sugerir h sugirió,sugiere,sugerido,sugería
creer h creyó,cree,creído,creía
según a según,de_acuerdo_con,conforme_a
`;

const IRREGULAR = /^(añadir|admitir|insistir|exigir|negar|defender) /;
const ALL = cueTable(
  [
    ...REGULAR.split(/[|\n]/)
      .filter((l) => !IRREGULAR.test(l.trim()))
      .map(ar),
    EXTRA.trim(),
  ].join('\n'),
);

/** The Spanish language pack. */
export const SPANISH: LanguagePack = {
  lang: 'es',
  cues: new Map([...ALL].filter(([, w]) => w.lemma !== 'según')),
  auxiliaries: wordSet('ha han había habían habría'),
  sources: new Map([...ALL].filter(([, w]) => w.lemma === 'según')),
  openers: cueTable('para a para'),
  postSources: new Map(),
  trailerOnly: new Map(),
  complementizers: wordSet('que'),
  titles: genderMap('Sr.:m Sra.:f Sr:m Sra:f Srta.:f Dr.:m Dra.:f Dr:m Dra:f D.:m Dña.:f don:m doña:f'),
  roles:
    genderMap(`ministro:m ministra:f presidente:m presidenta:f portavoz secretario:m secretaria:f alcalde:m
    alcaldesa:f diputado:m diputada:f senador:m senadora:f abogado:m abogada:f fiscal juez:m jueza:f jefe:m
    jefa:f director:m directora:f responsable entrenador:m entrenadora:f seleccionador:m seleccionadora:f
    capitán:m capitana:f dirigente líder economista experto:m experta:f investigador:m investigadora:f
    médico:m médica:f delegado:m delegada:f consejero:m consejera:f gobernador:m gobernadora:f canciller
    vicepresidente:m vicepresidenta:f analista sindicalista politólogo:m politóloga:f sociólogo:m socióloga:f
    climatólogo:m climatóloga:f oceanógrafo:m oceanógrafa:f científico:m científica:f
    gobierno ministerio policía sindicato fiscalía ayuntamiento empresa compañía grupo dirección club
    federación comisión tribunal asociación partido ejército guardia comité
    prensa:f medios defensa departamento instituto músico:m música:f cantante`),
  organizations: wordSet(`gobierno ministerio policía sindicato fiscalía ayuntamiento empresa compañía grupo
    dirección club federación comisión tribunal asociación partido ejército guardia comité prensa medios defensa
    departamento instituto`),
  roleSuffixes: ['ista', 'ólogo', 'óloga'],
  determiners: wordSet('el la los las un una su sus este esta'),
  determinerGender: genderMap('el:m la:f'),
  pronouns: new Map([
    ['él', 'male'],
    ['ella', 'female'],
    ['ellos', 'plural'],
    ['ellas', 'plural'],
  ] as const),
  particles: wordSet('de del la las los y'),
  notNames: wordSet(`el la los las lo un una unos unas de del al y o pero sin con en por para según que su sus
    este esta estos estas ese esa él ella ellos ellas yo nosotros se le les también tras ante desde hasta
    durante lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio
    agosto septiembre octubre noviembre diciembre así además sin embargo cuando si no ya a mientras aunque
    entre sobre hoy ayer preguntado preguntada consultado consultada`),
  between: wordSet('también además ya luego no le les se después hoy ayer'),
};
