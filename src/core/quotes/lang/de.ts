/** German: cues (verb-second, perfect, "laut" and "zufolge"), titles, roles and pronouns. */
import { cueTable, genderMap, wordSet, type LanguagePack } from './pack.ts';

const ALL = cueTable(`
sagen a sagte,sagt,gesagt,sagten
erklären a erklärte,erklärt,erklärten
betonen a betonte,betont,betonten
meinen a meinte,meint,gemeint
äußern a äußerte,äußert,geäußert
mitteilen a teilte,teilt,mitgeteilt
hinzufügen a fügte,fügt,hinzugefügt
ergänzen a ergänzte,ergänzt
ankündigen a kündigte,kündigt,angekündigt
warnen a warnte,warnt,gewarnt
kritisieren a kritisierte,kritisiert
versichern a versicherte,versichert
bekräftigen a bekräftigte,bekräftigt
unterstreichen a unterstrich,unterstreicht
schreiben a schrieb,schreibt,geschrieben
antworten a antwortete,antwortet,geantwortet
einräumen a räumte,räumt,eingeräumt
bestätigen a bestätigte,bestätigt
fordern a forderte,fordert,gefordert
mahnen a mahnte,mahnt,gemahnt
berichten a berichtete,berichtet
erzählen a erzählte,erzählt
verkünden a verkündete,verkündet
versprechen a versprach,verspricht,versprochen
zugeben a gab
hervorheben a hob
kommentieren a kommentierte,kommentiert
argumentieren a argumentierte,argumentiert
klagen a klagte,klagt
beklagen a beklagte,beklagt
bestreiten d bestritt,bestreitet,bestritten,bestritten
dementieren d dementierte,dementiert
zurückweisen d wies,weist,zurückgewiesen
verneinen d verneinte,verneint
leugnen d leugnete,leugnet
vermuten h vermutete,vermutet
schätzen h schätzte,schätzt
glauben h glaubte,glaubt
`);

/** The German language pack. */
export const GERMAN: LanguagePack = {
  lang: 'de',
  cues: ALL,
  auxiliaries: wordSet('hat haben hatte hatten habe'),
  sources: cueTable(`laut a laut\nnach_Angaben a nach_angaben`),
  openers: cueTable('für a für'),
  postSources: cueTable(`zufolge a zufolge`),
  trailerOnly: cueTable(`so a so`),
  complementizers: wordSet('dass daß'),
  titles: genderMap('Herr:m Frau:f Herrn:m Dr. Prof. Dr'),
  roles: genderMap(`minister:m ministerin:f präsident:m präsidentin:f sprecher:m sprecherin:f kanzler:m
    kanzlerin:f bundeskanzler:m bundeskanzlerin:f bürgermeister:m bürgermeisterin:f chef:m chefin:f
    vorsitzende vorsitzender:m trainer:m trainerin:f direktor:m direktorin:f leiter:m leiterin:f experte:m
    expertin:f anwalt:m anwältin:f richter:m richterin:f staatsanwalt:m staatsanwältin:f abgeordnete
    abgeordneter:m ökonom:m ökonomin:f forscher:m forscherin:f arzt:m ärztin:f sprecherin:f torhüter:m
    kapitän:m kapitänin:f stürmer:m spieler:m spielerin:f verleger:m verlegerin:f anwohner:m anwohnerin:f
    autor:m autorin:f schriftsteller:m schriftstellerin:f sänger:m sängerin:f jährige jähriger:m
    regierung ministerium polizei gewerkschaft staatsanwaltschaft unternehmen konzern verband verein
    partei gericht bundesregierung kommission behörde stadt feuerwehr bundeswehr ausschuss verteidigung`),
  organizations:
    wordSet(`regierung ministerium polizei gewerkschaft staatsanwaltschaft unternehmen konzern verband
    verein partei gericht bundesregierung kommission behörde stadt feuerwehr bundeswehr ausschuss verteidigung`),
  roleSuffixes: [
    ...'chef chefin sprecher sprecherin minister ministerin präsident präsidentin vorsitzende vorsitzender leiter leiterin direktor direktorin experte expertin trainer trainerin kanzler kanzlerin meister meisterin kommandant kommandantin vorstand politiker politikerin loge login anwalt anwältin richter richterin berater beraterin führer führerin jährige jähriger verteidiger verteidigerin forscher forscherin ökonom ökonomin wissenschaftler wissenschaftlerin funktionär funktionärin manager managerin senator senatorin'.split(
      ' ',
    ),
  ],
  determiners: wordSet('der die das den dem des ein eine einer eines einem sein seine ihr ihre'),
  determinerGender: genderMap('der:m die das'),
  pronouns: new Map([
    ['er', 'male'],
    ['sie', 'female'],
    ['ihm', 'male'],
  ] as const),
  particles: wordSet('von van der zu de'),
  notNames: wordSet(`der die das den dem des ein eine einer eines einem und oder aber doch denn wenn als weil
    dass er sie es wir ihr ich man sein seine ihre auch so am im in an auf aus bei mit nach seit von vor zu
    zum zur für gegen ohne um über unter zwischen laut zufolge montag dienstag mittwoch donnerstag freitag
    samstag sonntag januar februar märz april mai juni juli august september oktober november dezember
    dazu damit dann danach zudem außerdem jedoch trotzdem heute gestern noch nur nicht kein keine dies diese
    dieser dieses es gefragt angesprochen`),
  between: wordSet('auch zudem noch bereits dann am'),
};
