/** Portuguese: cues (simple and compound past), titles, roles and pronouns. */
import { cueTable, genderMap, wordSet, type LanguagePack } from './pack.ts';

// Regular -ar verbs: preterite, present, participle, imperfect and their plurals.
const ar = (line: string) => {
  const [lemma, stance] = line.trim().split(' ');
  const s = lemma!.slice(0, -2);
  const forms = [s + 'ou', s + 'a', s + 'ado', s + 'ava', s + 'aram', s + 'am', s + 'avam'];
  return `${lemma} ${stance} ${forms.join(',')}`;
};

const REGULAR = `comemorar a|celebrar a|festejar a|desabafar a|afirmar a|declarar a|explicar a|ressaltar a|destacar a|assegurar a|indicar a|sublinhar a
salientar a|apontar a|comentar a|anunciar a|alertar a|lamentar a|criticar a|confirmar a|contar a|completar a
reforçar a|pontuar a|avaliar h|estimar h|calcular h|acusar a|reclamar a|cobrar a|negar d|rejeitar d
refutar d|declarar a|enfatizar a|frisar a|relatar a|observar a|argumentar a|questionar a|perguntar a
desabafar a|projetar h|ponderar a|citar a|detalhar a|explicitar a|informar a|mencionar a|brincar a|admitir a`;

const EXTRA = `
dizer a disse,diz,dito,dizia,disseram,dizem,diziam
acrescentar a acrescentou,acrescenta,acrescentado,acrescentava,acrescentaram
garantir a garantiu,garante,garantido,garantia,garantiram
advertir a advertiu,adverte,advertido,advertia
reconhecer a reconheceu,reconhece,reconhecido,reconhecia,reconheceram
admitir a admitiu,admite,admitido,admitia,admitiram
insistir a insistiu,insiste,insistido,insistia
lembrar a lembrou,lembra,lembrado,lembrava
responder a respondeu,responde,respondido,respondia
concluir a concluiu,conclui,concluído,concluía
prometer a prometeu,promete,prometido,prometia
escrever a escreveu,escreve,escrito,escrevia
defender a defendeu,defende,defendido,defendia
desmentir d desmentiu,desmente,desmentido,desmentia
sugerir h sugeriu,sugere,sugerido,sugeria
acreditar h acreditou,acredita,acreditado,acreditava
segundo a segundo,de_acordo_com,conforme
`;

const ALL = cueTable(
  [
    ...REGULAR.split(/[|\n]/)
      .filter((l) => !/^admitir /.test(l.trim()))
      .map(ar),
    EXTRA.trim(),
  ].join('\n'),
);

/** The Portuguese language pack. */
export const PORTUGUESE: LanguagePack = {
  lang: 'pt',
  cues: new Map([...ALL].filter(([, w]) => w.lemma !== 'segundo')),
  auxiliaries: wordSet('tem têm tinha tinham havia'),
  sources: new Map([...ALL].filter(([, w]) => w.lemma === 'segundo')),
  openers: cueTable('para a para'),
  postSources: new Map(),
  trailerOnly: new Map(),
  complementizers: wordSet('que'),
  titles: genderMap('Sr.:m Sra.:f Dr.:m Dra.:f D.:f dom:m dona:f'),
  roles: genderMap(`ministro:m ministra:f presidente:m presidenta:f porta-voz secretário:m secretária:f
    prefeito:m prefeita:f deputado:m deputada:f senador:m senadora:f advogado:m advogada:f procurador:m
    procuradora:f juiz:m juíza:f chefe diretor:m diretora:f responsável técnico:m técnica:f treinador:m
    treinadora:f capitão:m capitã:f dirigente líder economista especialista pesquisador:m pesquisadora:f
    médico:m médica:f delegado:m delegada:f governador:m governadora:f vice-presidente analista sindicalista
    atacante zagueiro goleiro meia volante lateral jogador:m jogadora:f
    governo ministério polícia sindicato procuradoria prefeitura empresa companhia grupo diretoria clube
    federação comissão tribunal associação partido exército comitê
    imprensa:f defesa:f departamento instituto secretaria músico:m cantor:m cantora:f compositor:m
    compositora:f produtor:m produtora:f meteorologista relator:m relatora:f`),
  organizations: wordSet(`governo ministério polícia sindicato procuradoria prefeitura empresa companhia grupo
    diretoria clube federação comissão tribunal associação partido exército comitê imprensa defesa departamento
    instituto`),
  roleSuffixes: ['ista', 'ólogo', 'óloga'],
  determiners: wordSet('o a os as um uma seu sua seus suas este esta'),
  determinerGender: genderMap('o:m a:f'),
  pronouns: new Map([
    ['ele', 'male'],
    ['ela', 'female'],
    ['eles', 'plural'],
    ['elas', 'plural'],
  ] as const),
  particles: wordSet('de da do dos das e'),
  notNames: wordSet(`o a os as um uma uns umas de da do dos das em no na nos nas e ou mas sem com por para
    segundo que seu sua ele ela eles elas eu nós se lhe também após ante desde até durante segunda-feira
    terça-feira quarta-feira quinta-feira sexta-feira sábado domingo janeiro fevereiro março abril maio junho
    julho agosto setembro outubro novembro dezembro assim além quando não já enquanto embora entre sobre hoje
    ontem perguntado perguntada questionado questionada ao à pelo pela isso isto este esta`),
  between: wordSet('também ainda já depois hoje ontem não lhe se'),
};
